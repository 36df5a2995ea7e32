fn main() {
    let ex = ostract::Extractor::new(ostract::Tables::builtin());
    for p in std::env::args().skip(1) {
        let t = std::fs::read_to_string(&p).unwrap();
        for r in ex.extract_text(&p, &t) {
            println!("{} | {} | {:?} | {}", r.drama, r.track, r.artists, r.rule);
        }
    }
}
