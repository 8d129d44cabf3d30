//! Errors that carry what a user needs to fix the input: the file, and the
//! line or rule where there is one.

use std::path::PathBuf;

/// A problem with one input document. The run reports it, skips the
/// document and goes on; the exit code says some documents were skipped.
#[derive(Debug, thiserror::Error)]
pub enum DocError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{path}:{line}: {reason}")]
    BadRecord {
        path: String,
        line: u64,
        reason: String,
    },
}

impl DocError {
    pub fn unreadable(path: impl Into<String>, reason: impl Into<String>) -> DocError {
        DocError::Unreadable {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

/// A problem with a patterns file: fatal, because every document would be
/// processed with a wrong rule set.
#[derive(Debug, thiserror::Error)]
pub enum PatternError {
    // The cause is printed by the error chain (`finfacts: <file>: cannot
    // read: <cause>`), so it is not repeated here.
    #[error("{file}: cannot read")]
    Io {
        file: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Invalid {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: rule {rule}: {message}")]
    Rule {
        file: String,
        rule: String,
        message: String,
    },
}
