//! `search-bench --plot FILE.svg`: each query class's latency distribution as a box on a
//! logarithmic scale — the quartiles in the box, the median as a bar, whiskers from the 1st to
//! the 99th percentile, the slowest query as a dot. Plain SVG written here: a few shapes do not
//! need a plotting library.

use std::fmt::Write;

use crate::cli::bench::percentile;

/// One row of the picture: a label and its timings, in milliseconds.
pub struct Row<'a> {
    pub label: &'a str,
    pub ms: Vec<f64>,
}

const WIDTH: f64 = 820.0;
const LEFT: f64 = 150.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 50.0;
const ROW: f64 = 34.0;
const AXIS: f64 = 46.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn tick_label(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{} s", ms / 1000.0)
    } else if ms >= 1.0 {
        format!("{ms} ms")
    } else {
        format!("{} µs", (ms * 1000.0).round())
    }
}

/// The SVG picture of `rows`, titled `title`.
pub fn latency_svg(title: &str, rows: &[Row]) -> String {
    let scale = Scale::of(rows);
    let bottom = TOP + ROW * rows.len() as f64;
    let mut svg = String::new();
    header(&mut svg, title, bottom + AXIS);
    axis(&mut svg, &scale, bottom);
    for (i, row) in rows.iter().enumerate() {
        row_box(&mut svg, &scale, row, TOP + ROW * i as f64);
    }
    svg.push_str("</svg>\n");
    svg
}

/// The logarithmic axis: whole decades around every timing above zero.
struct Scale {
    first_decade: f64,
    last_decade: f64,
}

impl Scale {
    fn of(rows: &[Row]) -> Scale {
        let all: Vec<f64> = rows
            .iter()
            .flat_map(|r| r.ms.iter().copied())
            .filter(|v| *v > 0.0)
            .collect();
        let lo = all.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = all.iter().copied().fold(0.0, f64::max);
        let (lo, hi) = if all.is_empty() { (0.1, 1.0) } else { (lo, hi) };
        let first_decade = lo.log10().floor();
        let last_decade = hi.log10().ceil().max(first_decade + 1.0);
        Scale {
            first_decade,
            last_decade,
        }
    }

    /// Where `ms` milliseconds stand across the picture.
    fn x(&self, ms: f64) -> f64 {
        let plot_w = WIDTH - LEFT - RIGHT;
        let v = ms.max(10f64.powf(self.first_decade)).log10();
        LEFT + (v - self.first_decade) / (self.last_decade - self.first_decade) * plot_w
    }
}

/// The opening tag, the background, the title and the legend.
fn header(svg: &mut String, title: &str, height: f64) {
    let _ = writeln!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">"##
    );
    let _ = writeln!(svg, r##"<rect width="100%" height="100%" fill="#fff"/>"##);
    let _ = writeln!(
        svg,
        r##"<text x="{LEFT}" y="22" font-size="14" font-weight="bold">{}</text>"##,
        escape(title)
    );
    let _ = writeln!(
        svg,
        r##"<text x="{LEFT}" y="38" fill="#555">box: 25th–75th percentile, bar: median, whiskers: 1st–99th percentile, dot: slowest</text>"##
    );
}

/// The grid of decades and their tenths, the decades labelled under the rows ending at `bottom`.
fn axis(svg: &mut String, scale: &Scale, bottom: f64) {
    let mut decade = scale.first_decade;
    while decade <= scale.last_decade {
        let base = 10f64.powf(decade);
        for k in 1..10 {
            let v = base * k as f64;
            if v.log10() > scale.last_decade + 1e-9 {
                break;
            }
            let xv = scale.x(v);
            let (stroke, width) = if k == 1 { ("#bbb", 1.0) } else { ("#eee", 0.7) };
            let _ = writeln!(
                svg,
                r##"<line x1="{xv:.1}" y1="{TOP}" x2="{xv:.1}" y2="{bottom}" stroke="{stroke}" stroke-width="{width}"/>"##
            );
            if k == 1 {
                let _ = writeln!(
                    svg,
                    r##"<text x="{xv:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
                    bottom + 16.0,
                    tick_label(v)
                );
            }
        }
        decade += 1.0;
    }
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">latency per query (log scale)</text>"##,
        LEFT + (WIDTH - LEFT - RIGHT) / 2.0,
        bottom + 36.0
    );
}

/// One row at height `y`: its label, then (when it has timings) whiskers, box, median, slowest
/// dot and a tooltip with the figures.
fn row_box(svg: &mut String, scale: &Scale, row: &Row, y: f64) {
    let mut ms = row.ms.clone();
    ms.sort_by(f64::total_cmp);
    let mid = y + ROW / 2.0;
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
        LEFT - 10.0,
        mid + 4.0,
        escape(row.label)
    );
    let Some(&slowest) = ms.last() else {
        return;
    };
    let p = |q: f64| scale.x(percentile(&ms, q));
    let (p1, p25, p50, p75, p99) = (p(1.0), p(25.0), p(50.0), p(75.0), p(99.0));
    let max = scale.x(slowest);
    let (top, h) = (y + 8.0, ROW - 16.0);
    let _ = writeln!(
        svg,
        r##"<line x1="{p1:.1}" y1="{mid:.1}" x2="{p99:.1}" y2="{mid:.1}" stroke="#555"/><line x1="{p1:.1}" y1="{:.1}" x2="{p1:.1}" y2="{:.1}" stroke="#555"/><line x1="{p99:.1}" y1="{:.1}" x2="{p99:.1}" y2="{:.1}" stroke="#555"/>"##,
        top + 3.0,
        top + h - 3.0,
        top + 3.0,
        top + h - 3.0
    );
    let _ = writeln!(
        svg,
        r##"<rect x="{p25:.1}" y="{top:.1}" width="{:.1}" height="{h:.1}" fill="#8ab4f8" stroke="#1a73e8"/><line x1="{p50:.1}" y1="{top:.1}" x2="{p50:.1}" y2="{:.1}" stroke="#0b3d91" stroke-width="2.5"/><circle cx="{max:.1}" cy="{mid:.1}" r="2.5" fill="#d93025"/>"##,
        (p75 - p25).max(1.0),
        top + h
    );
    let _ = writeln!(
        svg,
        r##"<title>{}: median {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} samples)</title>"##,
        escape(row.label),
        percentile(&ms, 50.0),
        percentile(&ms, 99.0),
        slowest,
        ms.len()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_box_per_class_on_a_log_axis() {
        let rows = [
            Row {
                label: "rare",
                ms: vec![0.1, 0.12, 0.15, 0.2],
            },
            Row {
                label: "three<five",
                ms: vec![0.5, 0.8, 1.2, 25.0],
            },
        ];
        let svg = latency_svg("depeches", &rows);
        assert!(svg.starts_with("<svg"));
        assert_eq!(svg.matches("<rect x=").count(), 2);
        assert!(svg.contains("three&lt;five"));
        // Decades from 0.1 ms to 100 ms.
        for tick in ["100 µs", "1 ms", "10 ms", "100 ms"] {
            assert!(svg.contains(&format!(">{tick}</text>")), "{tick}");
        }
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
