//! A passage's near-duplicate signature: a one-bit MinHash of its word 5-shingles, 128 bits in
//! two `u64`s, computed once at indexing and compared at query time by counting equal bits.
//!
//! Each shingle (five consecutive words, folded: case, accents and punctuation do not count) is
//! hashed once; one-permutation hashing (Li, Owen and Zhang, 2012) puts it in one of 128 bins by
//! its hash and keeps each bin's least value, bins left empty borrowing the next bin's (the
//! densification of Shrivastava and Li, 2014), so that the cost is one hash per shingle. Only the
//! lowest bit of each bin's minimum is kept (b-bit MinHash, Li and König, 2010): two passages agree
//! on a bin's bit with probability `J + (1 − J) / 2`, where `J` is the Jaccard similarity of their
//! shingle sets, so `J ≈ 2 × (equal bits / 128) − 1`.

use crate::text::fold::fold;

/// Words per shingle.
pub const SHINGLE: usize = 5;
const BINS: usize = 128;

/// The signature of `text`.
pub fn signature(text: &str) -> [u64; 2] {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut mins = [u64::MAX; BINS];
    let mut any = false;
    let width = SHINGLE.min(words.len());
    if width > 0 {
        for shingle in words.windows(width) {
            let h = hash(shingle);
            let bin = (h % BINS as u64) as usize;
            let value = h / BINS as u64;
            mins[bin] = mins[bin].min(value);
            any = true;
        }
    }
    if !any {
        return [0, 0];
    }
    // An empty bin takes the value of the next filled one (circularly), mixed with the distance
    // so that two bins filled from the same one do not always agree.
    // The next filled bin of each, found walking backwards twice round the circle: one pass
    // instead of a search from every bin (short passages leave most bins empty).
    let mut next = [0usize; BINS];
    let mut filled_at = None;
    for b in (0..2 * BINS).rev() {
        if mins[b % BINS] != u64::MAX {
            filled_at = Some(b);
        }
        if b < BINS {
            // `any` holds, so a filled bin was met within one turn.
            next[b] = filled_at.map_or(b, |f| f);
        }
    }
    let mut sig = [0u64; 2];
    for (b, &f) in next.iter().enumerate() {
        let d = f - b;
        let v = mins[f % BINS];
        let v = if d == 0 { v } else { mix(v ^ d as u64) };
        sig[b / 64] |= (v & 1) << (b % 64);
    }
    sig
}

/// The Jaccard similarity of two passages' shingles, as their signatures estimate it.
pub fn similarity(a: [u64; 2], b: [u64; 2]) -> f64 {
    let equal = BINS as u32 - ((a[0] ^ b[0]).count_ones() + (a[1] ^ b[1]).count_ones());
    (2.0 * f64::from(equal) / BINS as f64 - 1.0).max(0.0)
}

fn hash(words: &[&str]) -> u64 {
    // FNV-1a over the words and a separator, then mixed: stable across builds and platforms,
    // as a signature written into an index must be.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain([0x1f]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    mix(h)
}

/// splitmix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str =
        "Le Kremlin a jugé mardi que le déploiement de troupes européennes en Ukraine, \
        envisagé par la coalition des volontaires réunie à Paris, constituerait une menace directe \
        pour la sécurité de la Russie, selon son porte-parole, qui a ajouté que Moscou ne \
        discuterait d'aucune garantie de sécurité tant que les livraisons d'armes se \
        poursuivraient et que les sanctions resteraient en place, une position répétée depuis \
        le début des pourparlers de Riyad au printemps dernier et confirmée par la diplomatie \
        russe lors de la rencontre de la semaine passée avec les émissaires américains à Moscou.";

    #[test]
    fn the_same_passage_written_otherwise_is_the_same_signature() {
        let typeset = WIRE.replace("Kremlin", "KREMLIN").replace(',', " ,");
        assert_eq!(signature(WIRE), signature(&typeset));
        assert_eq!(similarity(signature(WIRE), signature(&typeset)), 1.0);
    }

    #[test]
    fn one_word_changed_is_near_and_another_passage_is_far() {
        let edited = WIRE.replace("mardi", "mercredi");
        let near = similarity(signature(WIRE), signature(&edited));
        assert!(near >= 0.85, "{near}");
        let other = "La météo annonce de fortes pluies sur la Bretagne ce week-end, avec des \
            rafales de vent attendues sur les côtes et des risques d'inondation dans les vallées.";
        let far = similarity(signature(WIRE), signature(other));
        assert!(far < 0.5, "{far}");
    }

    /// The densification as first written: a search from every bin for the next filled one.
    fn densified_by_search(mins: &[u64; BINS]) -> [u64; 2] {
        let mut sig = [0u64; 2];
        for b in 0..BINS {
            let v = (0..BINS)
                .map(|d| (d, mins[(b + d) % BINS]))
                .find(|(_, v)| *v != u64::MAX)
                .map_or(0, |(d, v)| if d == 0 { v } else { mix(v ^ d as u64) });
            sig[b / 64] |= (v & 1) << (b % 64);
        }
        sig
    }

    #[test]
    fn signatures_are_those_of_the_search_from_every_bin() {
        // Passages of every length, from one shingle (most bins empty) to hundreds.
        let words: Vec<&str> = WIRE.split_whitespace().collect();
        for n in 1..words.len() {
            for start in [0, n / 2] {
                let text = words[start..n].join(" ");
                let mut mins = [u64::MAX; BINS];
                let folded = fold(&text);
                let w: Vec<&str> = folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                if w.is_empty() {
                    continue;
                }
                for shingle in w.windows(SHINGLE.min(w.len())) {
                    let h = hash(shingle);
                    let bin = (h % BINS as u64) as usize;
                    mins[bin] = mins[bin].min(h / BINS as u64);
                }
                assert_eq!(signature(&text), densified_by_search(&mins), "{text}");
            }
        }
    }
}
