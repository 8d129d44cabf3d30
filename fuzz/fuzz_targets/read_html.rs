//! The HTML reader: charset detection, entity decoding, article text and metadata.
//! Gzip is looked through, as for a `.gz` file.
#![no_main]

use finfacts::input::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    finfacts_fuzz::check_reader("fuzz.html", InputFormat::Html, data);
});
