//! What the binaries share beyond the library's stages: measuring the engine's latency.

pub mod bench;
