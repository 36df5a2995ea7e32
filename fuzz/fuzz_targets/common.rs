//! What every target checks: extraction finishes, and each record's span lies inside
//! the article text on character boundaries.

use std::sync::LazyLock;

static EXTRACTOR: LazyLock<ostract::Extractor> =
    LazyLock::new(|| ostract::Extractor::new(ostract::Tables::builtin()));

pub fn check(article: &ostract::input::Article) {
    for r in EXTRACTOR.extract_text(&article.source, &article.text) {
        assert!(r.start <= r.end && r.end <= article.text.len(), "{r:?}");
        assert!(article.text.is_char_boundary(r.start) && article.text.is_char_boundary(r.end));
    }
}
