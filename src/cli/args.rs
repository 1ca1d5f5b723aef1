//! Numbers given on the command line, checked against the range where they make sense: a
//! number past it is a usage error that says the range, never an allocation the size of the
//! number, a loop that does not end or a server that refuses every request.

/// A parser of a whole number from `lo` to `hi` (for clap's `value_parser`). A negative number,
/// a fraction, `NaN` or an empty value get the same message.
pub fn whole(lo: usize, hi: usize) -> impl Fn(&str) -> Result<usize, String> + Clone {
    move |s: &str| match s.trim().parse::<u64>() {
        Ok(n) if (lo as u64..=hi as u64).contains(&n) => Ok(n as usize),
        _ => Err(format!("give a whole number from {lo} to {hi}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_numbers_in_the_range_pass() {
        let p = whole(1, 10_000);
        assert_eq!(p("1"), Ok(1));
        assert_eq!(p(" 10000"), Ok(10_000));
        for bad in [
            "0",
            "10001",
            "-1",
            "4294967296",
            "18446744073709551616",
            "NaN",
            "",
            "2.5",
        ] {
            assert_eq!(
                p(bad),
                Err("give a whole number from 1 to 10000".to_owned()),
                "{bad}"
            );
        }
    }
}
