//! nomen benches
