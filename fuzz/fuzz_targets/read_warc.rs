//! The WARC reader: record headers, lengths, HTTP heads, charsets and HTML response bodies.
//! Gzip is looked through, as for a `.gz` file.
#![no_main]

use finfacts::input::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    finfacts_fuzz::check_reader("fuzz.warc", InputFormat::Warc, data);
});
