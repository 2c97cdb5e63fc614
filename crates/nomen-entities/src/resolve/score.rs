//! Comparing two names: evidence alignment of their parts.
//!
//! Both names are parsed ([`crate::name::parse_name`]) and their content parts aligned
//! (order-free, preferring parts in the same relative position, after putting inverted
//! names given-name first). Each aligned pair agrees through one view: the exact
//! spelling, the folded one (accents, case, script), a sound-alike key, a typo within an
//! edit budget that grows with length (parts of three letters or fewer get none), an
//! initial compatible with a word, or shared Han/Kana characters. Parts left over are
//! *omitted* (one side says nothing there: weak evidence against) or *contradicted*
//! (both sides have a part in the same gap between agreeing parts and they differ:
//! strong evidence against). Legal forms on one side only, or different legal forms,
//! are evidence against too; honorifics are ignored. A name that looks like an acronym
//! (`WSJ`, `U.S.`) agrees with a name whose content words give that acronym.
//!
//! The score is `agreement / (agreement + penalties)`, in `[0, 1]`, computed in both
//! directions and averaged, so `compare_names(a, b).score == compare_names(b, a).score`.
//! A name pair with no agreeing content part scores 0, whatever legal forms or stop words
//! they share.

use serde::Serialize;

use crate::name::{legal_form, parse_name, phonetic, phonetic_es, NamePart, NameParts, Role};

/// Penalty of a contradicted part, in part weights.
const CONTRADICTION: f64 = 2.5;
/// Penalty of an omitted part, in part weights.
const OMISSION: f64 = 0.25;
/// Penalty of a legal form present on one side only.
const LEGAL_FORM_OMITTED: f64 = 0.9;
/// Penalty of a suffix (`Jr.`) present on one side only.
const SUFFIX_OMITTED: f64 = 0.1;
/// Weight of an initial (a word weighs 1).
const INITIAL_WEIGHT: f64 = 0.5;
/// Score of a name that is the acronym of the other's content words.
const ACRONYM_SCORE: f64 = 0.9;

/// How two parts agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// Same case-folded spelling, accents included.
    Exact,
    /// Same once accents are removed and other scripts romanised.
    Folded,
    /// Same sound-alike key (`Gonsales` / `González`).
    Phonetic,
    /// Within the edit budget for the part's length (`Madurro` / `Maduro`).
    Typo,
    /// An initial with the same first letter as the word (`E.` / `Edmundo`).
    Initial,
    /// Han or Kana parts sharing most of their characters.
    Characters,
    /// One name is the acronym of the other's content words (`WSJ`).
    Acronym,
}

/// What happened to a part (or a pair of parts) in the alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The two parts agree.
    Agreed,
    /// Only one name has this part, where the other says nothing.
    Omitted,
    /// Both names have a part here and they differ.
    Contradicted,
}

/// One line of the alignment of two names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartAlignment {
    /// The part of the first name (the query), folded; absent when omitted there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The part of the second name, folded; absent when omitted there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Agreed, omitted or contradicted.
    pub status: Status,
    /// For agreed parts, which view agreed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
    /// What the part is (of the first name when present, else of the second).
    pub role: Role,
    /// Similarity of the pair, in `[0, 1]` (0 for omitted and contradicted parts).
    pub similarity: f64,
}

/// The result of comparing two names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Symmetric score in `[0, 1]`; 0.7 and above is taken as the same name.
    pub score: f64,
    /// The part alignment, from the first name's point of view.
    pub parts: Vec<PartAlignment>,
}

/// Compares two names as written; symmetric in its score.
///
/// ```
/// use nomen_entities::compare_names;
///
/// assert!(compare_names("Nicolás Maduro Moros", "MADURO MOROS, Nicolas").score > 0.95);
/// assert!(compare_names("Nicolás Maduro Moros", "Nicolás Maduro Guerra").score <= 0.45);
/// ```
pub fn compare_names(a: &str, b: &str) -> Comparison {
    compare_parsed(&parse_name(a), &parse_name(b))
}

/// [`compare_names`] on names already parsed (the resolver parses its gazetteer once).
pub fn compare_parsed(a: &NameParts, b: &NameParts) -> Comparison {
    let ab = one_way(a, b);
    let ba = one_way(b, a);
    let score = ((ab.score + ba.score) / 2.0).clamp(0.0, 1.0);
    Comparison {
        score,
        parts: ab.parts,
    }
}

/// Similarity of two parts and the view that agreed; `None` when they do not agree.
fn part_similarity(p: &NamePart, q: &NamePart) -> Option<(f64, Via)> {
    if p.ideographic || q.ideographic {
        if !(p.ideographic && q.ideographic) {
            return None;
        }
        if p.folded == q.folded {
            return Some((1.0, Via::Exact));
        }
        return ideographic_similarity(&p.folded, &q.folded).map(|s| (s, Via::Characters));
    }
    if p.is_initial || q.is_initial {
        let pc = p.first_char()?;
        let qc = q.first_char()?;
        if pc != qc {
            return None;
        }
        return Some(if p.is_initial && q.is_initial {
            (1.0, Via::Exact)
        } else {
            (0.8, Via::Initial)
        });
    }
    if p.exact == q.exact {
        return Some((1.0, Via::Exact));
    }
    if p.folded == q.folded {
        return Some((1.0, Via::Folded));
    }
    let (pl, ql) = (p.folded.chars().count(), q.folded.chars().count());
    let short = pl.min(ql);
    if short >= 3 && phonetic_es(&p.folded) == phonetic_es(&q.folded) {
        return Some((0.95, Via::Phonetic));
    }
    if short >= 4 {
        let long = pl.max(ql);
        let budget = match long {
            0..=3 => 0,
            4..=7 => 1,
            8..=11 => 2,
            _ => 3,
        };
        let dist = levenshtein(&p.folded, &q.folded, budget);
        if let Some(d) = dist {
            return Some((1.0 - d as f64 / long as f64, Via::Typo));
        }
        if short >= 5 && phonetic(&p.folded) == phonetic(&q.folded) {
            return Some((0.8, Via::Phonetic));
        }
    }
    None
}

/// Character overlap of two Han/Kana runs: containment counts as agreement (the
/// shorter run is a name part of the longer), else the Dice coefficient of characters.
fn ideographic_similarity(a: &str, b: &str) -> Option<f64> {
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    if short.chars().count() >= 2 && long.contains(short) {
        return Some(0.9);
    }
    let la: Vec<char> = a.chars().collect();
    let lb: Vec<char> = b.chars().collect();
    let common = la.iter().filter(|c| lb.contains(c)).count();
    let dice = 2.0 * common as f64 / (la.len() + lb.len()) as f64;
    (dice >= 0.65).then_some(dice)
}

/// Levenshtein distance over chars, or `None` when it exceeds `budget`.
pub(crate) fn levenshtein(a: &str, b: &str, budget: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > budget {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            row_min = row_min.min(cur[j]);
        }
        if row_min > budget {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= budget).then_some(d)
}

fn weight(p: &NamePart) -> f64 {
    if p.is_initial {
        INITIAL_WEIGHT
    } else {
        1.0
    }
}

/// The alignment and score of `a` against `b` (not symmetric on its own).
fn one_way(a: &NameParts, b: &NameParts) -> Comparison {
    let pa = a.content_given_first();
    let pb = b.content_given_first();
    if pa.is_empty() || pb.is_empty() {
        return Comparison {
            score: 0.0,
            parts: Vec::new(),
        };
    }
    // Acronym against full name.
    if let Some(acr) = acronym_match(a, b) {
        return acr;
    }

    // All compatible pairs, best first; ties go to pairs in the same relative position.
    let mut pairs: Vec<(usize, usize, f64, Via)> = Vec::new();
    for (i, p) in pa.iter().enumerate() {
        for (j, q) in pb.iter().enumerate() {
            if let Some((sim, via)) = part_similarity(p, q) {
                pairs.push((i, j, sim, via));
            }
        }
    }
    let rel = |i: usize, n: usize| {
        if n <= 1 {
            0.0
        } else {
            i as f64 / (n - 1) as f64
        }
    };
    pairs.sort_by(|x, y| {
        let dx = (rel(x.0, pa.len()) - rel(x.1, pb.len())).abs();
        let dy = (rel(y.0, pa.len()) - rel(y.1, pb.len())).abs();
        // Whole words before initials, then similarity, then position.
        let wx = weight(pa[x.0]).min(weight(pb[x.1]));
        let wy = weight(pa[y.0]).min(weight(pb[y.1]));
        (wy * y.2)
            .total_cmp(&(wx * x.2))
            .then(dx.total_cmp(&dy))
            .then(x.0.cmp(&y.0))
            .then(x.1.cmp(&y.1))
    });
    let mut match_a: Vec<Option<(usize, f64, Via)>> = vec![None; pa.len()];
    let mut used_b = vec![false; pb.len()];
    for (i, j, sim, via) in pairs {
        if match_a[i].is_none() && !used_b[j] {
            match_a[i] = Some((j, sim, via));
            used_b[j] = true;
        }
    }

    let mut agreement = 0.0;
    let mut penalty = 0.0;
    let mut parts: Vec<PartAlignment> = Vec::new();
    for (i, m) in match_a.iter().enumerate() {
        if let Some((j, sim, via)) = *m {
            let w = (weight(pa[i]) + weight(pb[j])) / 2.0;
            agreement += w * sim;
            penalty += w * (1.0 - sim) * 0.5;
            parts.push(PartAlignment {
                query: Some(pa[i].folded.clone()),
                name: Some(pb[j].folded.clone()),
                status: Status::Agreed,
                via: Some(via),
                role: pa[i].role,
                similarity: sim,
            });
        }
    }
    // Unmatched parts, by gap: the number of agreeing parts before them on their side.
    let gap_a = |i: usize| match_a[..i].iter().filter(|m| m.is_some()).count();
    let gap_b = |j: usize| used_b[..j].iter().filter(|u| **u).count();
    let monotone = {
        let js: Vec<usize> = match_a.iter().flatten().map(|m| m.0).collect();
        js.windows(2).all(|w| w[0] < w[1])
    };
    let left_a: Vec<usize> = (0..pa.len()).filter(|&i| match_a[i].is_none()).collect();
    let mut left_b: Vec<usize> = (0..pb.len()).filter(|&j| !used_b[j]).collect();
    for i in left_a {
        // A part of b left over in the same gap contradicts; else the part is omitted.
        let pos = left_b
            .iter()
            .position(|&j| !monotone || gap_b(j) == gap_a(i));
        if let Some(k) = pos {
            let j = left_b.remove(k);
            // A contradicted initial is as strong as a contradicted word.
            penalty += CONTRADICTION;
            parts.push(PartAlignment {
                query: Some(pa[i].folded.clone()),
                name: Some(pb[j].folded.clone()),
                status: Status::Contradicted,
                via: None,
                role: pa[i].role,
                similarity: 0.0,
            });
        } else {
            penalty += OMISSION * weight(pa[i]);
            parts.push(omitted(Some(pa[i]), None));
        }
    }
    for j in left_b {
        penalty += OMISSION * weight(pb[j]);
        parts.push(omitted(None, Some(pb[j])));
    }

    // Legal forms and suffixes.
    let forms = |n: &NameParts| -> Vec<&'static str> {
        let mut v: Vec<&'static str> = n
            .legal_forms()
            .filter_map(|p| legal_form(&p.folded))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (fa, fb) = (forms(a), forms(b));
    if fa != fb {
        if fa.is_empty() || fb.is_empty() {
            penalty += LEGAL_FORM_OMITTED;
        } else {
            penalty += CONTRADICTION;
        }
        let status = if fa.is_empty() || fb.is_empty() {
            Status::Omitted
        } else {
            Status::Contradicted
        };
        parts.push(PartAlignment {
            query: (!fa.is_empty()).then(|| fa.join(" ")),
            name: (!fb.is_empty()).then(|| fb.join(" ")),
            status,
            via: None,
            role: Role::LegalForm,
            similarity: 0.0,
        });
    }
    let suffix = |n: &NameParts| -> Option<String> {
        n.parts
            .iter()
            .find(|p| p.role == Role::Suffix)
            .map(|p| p.folded.clone())
    };
    let (sa, sb) = (suffix(a), suffix(b));
    if sa != sb {
        if sa.is_some() && sb.is_some() {
            penalty += CONTRADICTION * 0.5;
        } else {
            penalty += SUFFIX_OMITTED;
        }
    }

    let score = if agreement <= 0.0 {
        0.0
    } else {
        agreement / (agreement + penalty)
    };
    Comparison { score, parts }
}

fn omitted(a: Option<&NamePart>, b: Option<&NamePart>) -> PartAlignment {
    let role = a.or(b).map_or(Role::Surname, |p| p.role);
    PartAlignment {
        query: a.map(|p| p.folded.clone()),
        name: b.map(|p| p.folded.clone()),
        status: Status::Omitted,
        via: None,
        role,
        similarity: 0.0,
    }
}

/// `a` written as an acronym (`WSJ`, `U.S.`) of `b`'s content words, or the reverse.
fn acronym_match(a: &NameParts, b: &NameParts) -> Option<Comparison> {
    let hit = |short: &NameParts, long: &NameParts| -> bool {
        match (short.as_acronym(), long.acronym()) {
            (Some(s), Some(l)) => s == l && long.content().all(|p| !p.is_initial),
            _ => false,
        }
    };
    let (forward, backward) = (hit(a, b), hit(b, a));
    if !forward && !backward {
        return None;
    }
    let (acr, full) = if forward { (a, b) } else { (b, a) };
    let letters = acr.as_acronym().unwrap_or_default();
    let words: Vec<String> = full
        .parts
        .iter()
        .filter(|p| {
            matches!(p.role, Role::Given | Role::Middle | Role::Surname)
                && !crate::name::is_stopword(&p.folded)
        })
        .map(|p| p.folded.clone())
        .collect();
    let (q, n) = if forward {
        (letters, words.join(" "))
    } else {
        (words.join(" "), letters)
    };
    Some(Comparison {
        score: ACRONYM_SCORE,
        parts: vec![PartAlignment {
            query: Some(q),
            name: Some(n),
            status: Status::Agreed,
            via: Some(Via::Acronym),
            role: Role::Surname,
            similarity: 1.0,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &str, b: &str) -> f64 {
        let ab = compare_names(a, b).score;
        let ba = compare_names(b, a).score;
        assert!(
            (ab - ba).abs() < 1e-12,
            "asymmetric: {a} / {b}: {ab} vs {ba}"
        );
        ab
    }

    /// The table of FIELD-NOTES §2: what a good system must say.
    #[test]
    fn field_notes_pairs() {
        let m = "Nicolás Maduro Moros";
        assert!(s(m, "MADURO MOROS, Nicolas") >= 0.95);
        assert!(s(m, "Николас Мадуро") >= 0.85);
        assert!(s(m, "Nicolás Maduro Guerra") <= 0.45);
        let e = "Edmundo González Urrutia";
        assert!(s(e, "E. González U.") >= 0.85);
        assert!(s(e, "Gonzalez Urrutia") >= 0.85);
        assert!(s("Jorge Rodríguez", "Delcy Rodríguez") <= 0.30);
        assert!(s("Daniel B. Erickson", "D. B. Erickson") >= 0.85);
        assert!(s("Daniel B. Erickson", "Daniel C. Erickson") <= 0.50);
        assert!(s("The Wall Street Journal", "WSJ") >= 0.85);
        assert!(s("Consejo Nacional Electoral", "CNE") >= 0.85);
        assert!(s("Foro Penal", "Foro Penal S.A.") <= 0.70);
    }

    #[test]
    fn issue_variants_match() {
        for v in [
            "Nicolas Maduro",
            "NICOLÁS MADURO",
            "nicolas maduro",
            "Maduro, Nicolás",
            "N. Maduro",
            "Maduro's",
            "Мадуро",
            "Μαδούρο",
            "Madurro",
        ] {
            assert!(
                s("Nicolás Maduro", v) >= 0.7,
                "{v}: {}",
                s("Nicolás Maduro", v)
            );
        }
        for v in [
            "González Urrutia",
            "Edmundo González",
            "E. González Urrutia",
            "Gonzalez-Urrutia",
            "Edmundo Gonzales",
        ] {
            let sc = s("Edmundo González Urrutia", v);
            assert!(sc >= 0.75, "{v}: {sc}");
        }
        assert!(s("尼古拉斯·马杜罗", "马杜罗") >= 0.75);
        assert!(s("Nicolás Maduro", "X. Maduro") < 0.5);
    }

    #[test]
    fn other_people_and_languages() {
        // A contradicting first name is not the same person.
        assert!(s("Felipe González", "Edmundo González Urrutia") < 0.4);
        assert!(s("Angela Merkel", "Angela Dorothea Merkel") >= 0.8);
        assert!(s("Ангела Меркель", "Angela Merkel") >= 0.85);
        assert!(s("Luiz Inácio Lula da Silva", "Lula da Silva") >= 0.75);
        assert!(s("Luiz Inácio Lula da Silva", "Marina Silva") < 0.4);
        assert!(s("Olaf Scholz", "Olaf Scholze") >= 0.85);
        assert!(s("Emmanuel Macron", "Brigitte Macron") < 0.35);
        // Short parts get no typo budget.
        assert!(s("Jon Smith", "Jan Smith") < 0.5);
    }

    #[test]
    fn organizations() {
        assert!(s("Deutsche Bank AG", "Deutsche Bank GmbH") < 0.5);
        assert!(s("Deutsche Bank AG", "Deutsche Bank Aktiengesellschaft") >= 0.95);
        assert!(s("Tribunal Supremo de Justicia", "TSJ") >= 0.85);
        assert!(s("Organización de las Naciones Unidas", "ONU") >= 0.85);
        // Legal-form-only and stop-word-only overlaps never match.
        assert_eq!(s("Acme Ltd", "Zenith Ltd"), 0.0);
        assert_eq!(s("The Guardian", "The Times"), 0.0);
        assert_eq!(s("", "Maduro"), 0.0);
    }

    #[test]
    fn explanation_marks_parts() {
        let c = compare_names("Edmundo Gonzales", "Edmundo González Urrutia");
        let gon = c
            .parts
            .iter()
            .find(|p| p.query.as_deref() == Some("gonzales"))
            .unwrap();
        assert_eq!(gon.status, Status::Agreed);
        assert_eq!(gon.name.as_deref(), Some("gonzalez"));
        let urr = c
            .parts
            .iter()
            .find(|p| p.name.as_deref() == Some("urrutia"))
            .unwrap();
        assert_eq!(urr.status, Status::Omitted);
        let c = compare_names("Nicolás Maduro Guerra", "Nicolás Maduro Moros");
        assert!(c
            .parts
            .iter()
            .any(|p| p.status == Status::Contradicted && p.query.as_deref() == Some("guerra")));
    }

    #[test]
    fn levenshtein_budget() {
        assert_eq!(levenshtein("maduro", "madurro", 1), Some(1));
        assert_eq!(levenshtein("maduro", "modurro", 1), None);
        assert_eq!(levenshtein("", "ab", 2), Some(2));
    }
}
