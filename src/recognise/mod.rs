//! Recognise stage: figures, organisations and cue words, each found over
//! the whole (normalised) text by automata compiled once from `patterns/`.
//!
//! Recognisers only find and normalise; they never decide what a figure
//! means or whom it is about (that is the facts stage).

pub mod cues;
pub mod digits;
pub mod figures;
pub mod numbers;
pub mod orgs;
pub mod words;
