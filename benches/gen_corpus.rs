//! Writes a synthetic news corpus for the benchmarks: N MB of articles about
//! UK health bodies' finances, from templates, deterministic for a seed.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 50 --seed 1 \
//!     --dir /tmp/ffbench/dir --jsonl /tmp/ffbench/corpus.jsonl
//! ```
//!
//! Both outputs hold the same articles: `--dir` as ~3 KB text files with a
//! `Title:`/`Date:`/`URL:` header, 1,000 to a folder; `--jsonl` as one JSON
//! object per line (`id`, `title`, `date`, `url`, `text`). As in real
//! coverage, most sentences carry no figure: a finance story has a few
//! sentences with money or percentages among quotes, background and
//! service news, and about a third of the articles are health news with no
//! money in them at all. Bodies are real names from
//! `patterns/organisations.tsv`; the texts are made up.
//!
//! `--join N` makes each document N articles one after another (a long
//! report, a digest): the corpus for measuring what a document's length
//! costs beyond its bytes.

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

const ORGS: &str = include_str!("../patterns/organisations.tsv");

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Body {
    name: String,
    kind: &'static str,
    place: String,
}

fn bodies() -> Vec<Body> {
    let mut out = Vec::new();
    for line in ORGS.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 || f[3].trim() == "closed" {
            continue;
        }
        let kind = match f[2] {
            "trust" => "trust",
            "ccg" => "ccg",
            "health_board" => "health_board",
            "icb" => "icb",
            _ => continue,
        };
        let name = f[1].trim().to_owned();
        let mut place = name.clone();
        for cut in [
            " NHS Foundation Trust",
            " NHS Trust",
            " Integrated Care Board",
            " University Health Board",
            " Teaching Health Board",
            " Health Board",
            " CCG",
        ] {
            if let Some(p) = place.strip_suffix(cut) {
                place = p.to_owned();
                break;
            }
        }
        let place = place.strip_prefix("NHS ").unwrap_or(&place).to_owned();
        out.push(Body { name, kind, place });
    }
    out
}

fn anaphor(kind: &str) -> &'static str {
    match kind {
        "trust" => "the trust",
        "ccg" => "the CCG",
        "health_board" => "the health board",
        _ => "the ICB",
    }
}

fn money(r: &mut Rng) -> String {
    match r.below(6) {
        0 => format!("£{}.{}m", 1 + r.below(60), r.below(10)),
        1 => format!("£{}.{} million", 1 + r.below(90), r.below(10)),
        2 => format!("£{},000", 100 + r.below(900)),
        3 => format!("£{}m", 2 + r.below(150)),
        4 => format!("£{}.{}bn", 1 + r.below(4), r.below(10)),
        _ => format!("£{}.{}million", 1 + r.below(40), 1 + r.below(9)),
    }
}

fn percent(r: &mut Rng) -> String {
    match r.below(4) {
        0 => format!("{}.{} per cent", r.below(8), 1 + r.below(9)),
        1 => format!("{}%", 1 + r.below(9)),
        2 => format!("{} percent", 1 + r.below(12)),
        _ => format!("{}.{}%", 80 + r.below(19), r.below(10)),
    }
}

fn year(r: &mut Rng) -> (i32, String) {
    let y = 2014 + r.below(10) as i32;
    let fy = match r.below(3) {
        0 => format!("{y}/{:02}", (y + 1) % 100),
        1 => format!("{y}-{:02}", (y + 1) % 100),
        _ => format!("{}/{:02}", y % 100, (y + 1) % 100),
    };
    (y, fy)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const FINANCE: &[&str] = &[
    "{ORG} is forecasting a deficit of {MONEY} for {FY}, board papers show.",
    "{ORG} expects to end the year {MONEY} in the red, according to a report to its board.",
    "{ANA} has been told it must find savings of {MONEY} this financial year.",
    "{ORG} reported an underlying deficit of {MONEY} at the end of {MONTH}.",
    "The shortfall in the savings programme at {ORG} now stands at {MONEY}.",
    "{ORG} has an annual budget of around {MONEY}.",
    "Finance director {PERSON} said {ANA} had delivered a surplus of {MONEY} in {FY}.",
    "{ORG} overspent by {MONEY} last year, the council heard.",
    "{ANA} is facing a funding gap of {MONEY} over the next five years.",
    "The plan requires {ORG} to deliver cost improvements of {PCT} in {FY}.",
    "{ORG} received {MONEY} in emergency cash support from the Department of Health.",
    "Only {PCT} of patients at {ORG} were seen within four hours in {MONTH}, against a target of 95 per cent.",
    "{ORG} said its deficit had risen to {MONEY}, up from {MONEY2} a year earlier.",
    "Bosses at {ORG} agreed a control total that allows a deficit of no more than {MONEY}.",
    "{ORG} needs to save {MONEY} by March, equivalent to {PCT} of its budget.",
];

const NOISE: &[&str] = &[
    "Patients have been urged to use other services unless their condition is life-threatening.",
    "The hospital said staff had worked tirelessly through one of the busiest winters on record.",
    "A spokesperson said the organisation remained committed to providing safe, high-quality care.",
    "Union representatives said morale among nurses was at its lowest for years.",
    "The new ward, which has {N} beds, is due to open in the spring after a delay.",
    "Campaigners gathered outside the building on {DAY} to protest against the proposals.",
    "{PERSON}, {AGE}, said they had waited almost {N} hours to be seen in the emergency department.",
    "Inspectors from the Care Quality Commission visited the site in {MONTH} and rated it as requiring improvement.",
    "The board will meet again in {MONTH} to discuss the plans in more detail.",
    "Local MP {PERSON} said the news was deeply worrying for families across the area.",
    "A public consultation on the changes will run until the end of {MONTH}.",
    "Car parking charges at the main site have been frozen for another year.",
    "The trust employs more than {N},000 people and serves a population of around half a million.",
    "Health leaders said demand for mental health services had grown sharply since the pandemic.",
    "Volunteers have helped to run the hospital radio service for more than {N} years.",
    "GP practices in the area have also reported record numbers of appointments.",
    "The chief executive thanked staff for their hard work and dedication.",
    "Ambulance handover delays have been blamed on a lack of beds in social care.",
    "Plans for a new diagnostic centre were approved by councillors last week.",
    "He said: \u{201c}We know there is more to do, and we are working closely with our partners.\u{201d}",
    "The cancer unit was officially opened by the Duke of Gloucester in {YEAR}.",
    "Visiting restrictions were lifted on {DAY} after an outbreak of norovirus was brought under control.",
    "The A&E department at the hospital saw {N} more attendances than the same week last year.",
    "Staff sickness rates have fallen, but vacancies remain high in some specialties.",
];

const HEAD_FIN: &[&str] = &[
    "{PLACE} health chiefs warn of deficit",
    "Cash crisis deepens at {PLACE} hospitals",
    "{PLACE} NHS bosses set out savings plan",
    "Finance warning for {PLACE} health services",
    "Hospital trust misses financial target",
];

const HEAD_NOISE: &[&str] = &[
    "New ward opens at {PLACE} hospital",
    "Patients face long waits in {PLACE}",
    "Nurses honoured at {PLACE} awards",
    "Inspection report published for {PLACE} services",
];

const PEOPLE: &[&str] = &[
    "Sarah Jones",
    "David Patel",
    "Helen O\u{2019}Brien",
    "Mark Williams",
    "Fiona Campbell",
    "James Hughes",
    "Ruth Evans",
    "Peter Clarke",
];

const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

fn fill(t: &str, r: &mut Rng, b: &Body, ana: &str) -> String {
    let mut s = t.to_owned();
    for (key, val) in [
        ("{ORG}", b.name.clone()),
        ("{ANA}", capitalise(ana)),
        ("{PLACE}", b.place.clone()),
    ] {
        s = s.replace(key, &val);
    }
    while let Some(i) = s.find('{') {
        let Some(j) = s[i..].find('}') else { break };
        let key = s[i..i + j + 1].to_owned();
        let val = match key.as_str() {
            "{MONEY}" | "{MONEY2}" => money(r),
            "{PCT}" => percent(r),
            "{FY}" => year(r).1,
            "{MONTH}" => r.pick(&MONTHS).to_owned(),
            "{PERSON}" => r.pick(PEOPLE).to_owned(),
            "{DAY}" => r.pick(DAYS).to_owned(),
            "{N}" => (2 + r.below(40)).to_string(),
            "{AGE}" => (25 + r.below(65)).to_string(),
            "{YEAR}" => (1960 + r.below(60)).to_string(),
            _ => String::new(),
        };
        s.replace_range(i..i + j + 1, &val);
    }
    s
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

struct Article {
    title: String,
    date: String,
    url: String,
    body: String,
}

fn article(r: &mut Rng, bodies: &[Body], n: usize) -> Article {
    let b = &bodies[r.below(bodies.len())];
    let ana = anaphor(b.kind);
    let finance = r.chance(65);
    let heads = if finance { HEAD_FIN } else { HEAD_NOISE };
    let title = fill(r.pick(heads), r, b, ana);
    let (y, _) = year(r);
    let date = format!("{y}-{:02}-{:02}", 1 + r.below(12), 1 + r.below(28));
    let mut body = String::with_capacity(3200);
    body.push_str(&title);
    body.push_str("\n\n");
    let target = 2200 + r.below(1800);
    let mut para = 0;
    while body.len() < target {
        let sentences = 2 + r.below(3);
        for k in 0..sentences {
            // A finance story: a figure in about one sentence in five,
            // more of them in the opening paragraphs.
            let fin = finance && (r.chance(if para < 2 { 45 } else { 12 }));
            let t = if fin { r.pick(FINANCE) } else { r.pick(NOISE) };
            if k > 0 {
                body.push(' ');
            }
            body.push_str(&fill(t, r, b, ana));
        }
        body.push_str("\n\n");
        para += 1;
    }
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    Article {
        title,
        date,
        url: format!("https://news.example.invalid/{n:07}-{slug}"),
        body: body.trim_end().to_owned() + "\n",
    }
}

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn main() -> std::io::Result<()> {
    let mut mb = 50u64;
    let mut seed = 1u64;
    let mut dir: Option<PathBuf> = None;
    let mut jsonl: Option<PathBuf> = None;
    let mut join = 1usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_default();
        match a.as_str() {
            "--mb" => mb = val().parse().unwrap_or(50),
            "--seed" => seed = val().parse().unwrap_or(1),
            "--dir" => dir = Some(PathBuf::from(val())),
            "--jsonl" => jsonl = Some(PathBuf::from(val())),
            "--join" => join = val().parse().unwrap_or(1).max(1),
            "--bench" => {}
            _ => {
                eprintln!(
                    "usage: gen_corpus [--mb N] [--seed S] [--join N] [--dir DIR] [--jsonl FILE.jsonl]"
                );
                std::process::exit(2);
            }
        }
    }
    if dir.is_none() && jsonl.is_none() {
        eprintln!("gen_corpus: give --dir DIR and/or --jsonl FILE");
        std::process::exit(2);
    }
    let bodies = bodies();
    let mut rng = Rng(seed);
    let mut out_jsonl = match &jsonl {
        Some(p) => Some(BufWriter::with_capacity(1 << 20, std::fs::File::create(p)?)),
        None => None,
    };
    if let Some(d) = &dir {
        std::fs::create_dir_all(d)?;
    }
    let limit = mb * 1_000_000;
    let (mut bytes, mut n) = (0u64, 0usize);
    let mut line = String::new();
    while bytes < limit {
        let mut a = article(&mut rng, &bodies, n);
        for _ in 1..join {
            let more = article(&mut rng, &bodies, n);
            a.body.push_str("\n\n");
            a.body.push_str(&more.body);
        }
        if let Some(d) = &dir {
            let sub = d.join(format!("{:04}", n / 1000));
            if n % 1000 == 0 {
                std::fs::create_dir_all(&sub)?;
            }
            let text = format!(
                "Title: {}\nDate: {}\nURL: {}\n\n{}",
                a.title, a.date, a.url, a.body
            );
            std::fs::write(sub.join(format!("{n:07}.txt")), text)?;
        }
        if let Some(w) = &mut out_jsonl {
            line.clear();
            line.push_str("{\"id\":");
            json_str(&mut line, &format!("{n:07}"));
            line.push_str(",\"title\":");
            json_str(&mut line, &a.title);
            line.push_str(",\"date\":");
            json_str(&mut line, &a.date);
            line.push_str(",\"url\":");
            json_str(&mut line, &a.url);
            line.push_str(",\"text\":");
            json_str(&mut line, &a.body);
            line.push_str("}\n");
            w.write_all(line.as_bytes())?;
        }
        bytes += a.body.len() as u64;
        n += 1;
    }
    if let Some(mut w) = out_jsonl {
        w.flush()?;
    }
    eprintln!("gen_corpus: {n} documents of {join} article(s), {bytes} bytes of article text");
    Ok(())
}
