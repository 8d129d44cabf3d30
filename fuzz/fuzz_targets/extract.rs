//! One document through the whole extractor: the bytes are decoded as the
//! text reader decodes a file (UTF-8, UTF-16 with BOM, header block), then
//! extracted with default options and with every figure, and checked.
#![no_main]

use finfacts::corpus::{decode, header_block};
use finfacts::model::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode("fuzz.txt", data) else {
        return;
    };
    let (meta, _) = header_block(&text);
    let doc = Document {
        id: "fuzz.txt".into(),
        text,
        meta,
    };
    finfacts_fuzz::check_document(&doc, &finfacts_fuzz::PATTERNS);
});
