//! Plain text articles (`.txt`, `.md`): the file is the document.
//!
//! Takes a file's bytes and yields one `Document`: the text decoded as the
//! corpus stage decodes it (UTF-8 with or without BOM, UTF-16 with BOM;
//! empty, binary and undecodable files are refused), with the optional
//! leading `Title:` / `Date:` / `URL:` header block read as metadata. The
//! text is kept whole, header included: the facts stage blanks the header
//! itself, so byte spans point into the file as written.

use crate::corpus::{decode, header_block};
use crate::error::DocError;
use crate::model::Document;

/// One text document from its bytes; `path` names it in messages.
pub fn document(path: &str, id: &str, bytes: &[u8]) -> Result<Document, DocError> {
    let text = decode(path, bytes)?;
    let (meta, _) = header_block(&text);
    Ok(Document {
        id: id.to_owned(),
        text,
        meta,
    })
}
