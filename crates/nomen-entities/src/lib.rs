//! nomen-entities
