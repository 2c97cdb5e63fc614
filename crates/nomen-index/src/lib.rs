//! nomen-index
