//! The Python module `ostract._ostract`, re-exported by the package `ostract`.
//!
//! A thin layer over the library: articles go through the same input path as the
//! command line (`ostract::input`: decoding, HTML to text, JSONL and WARC reading) and
//! [`ostract::Extractor::extract_article`], so a file gives the same records here as
//! `ostract extract FILE`. The GIL is released while text is converted and extracted.

use ostract::input::{self, Article, InputError, InputFile, Kind, Reader};
use ostract::tables::AliasKind;
use ostract::Record;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::MutexExt;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// The extractor with the built-in tables, made once, for the module-level functions.
fn builtin() -> Arc<ostract::Extractor> {
    static BUILTIN: OnceLock<Arc<ostract::Extractor>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| Arc::new(ostract::Extractor::new(ostract::Tables::builtin())))
        .clone()
}

/// A record as a dict with the fields of `RECORD_FIELDS`, in that order.
fn record_dict<'py>(py: Python<'py>, r: &Record) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("drama", &r.drama)?;
    d.set_item("track", &r.track)?;
    d.set_item("artists", PyList::new(py, &r.artists)?)?;
    d.set_item("source", &r.source)?;
    d.set_item("line", r.line)?;
    d.set_item("start", r.start)?;
    d.set_item("end", r.end)?;
    d.set_item("rule", &r.rule)?;
    // The shortest decimal of the f32, as the JSON output writes it: 0.95, not
    // 0.949999988079071.
    let confidence: f64 = r.confidence.to_string().parse().unwrap_or(0.0);
    d.set_item("confidence", confidence)?;
    d.set_item("drama_raw", &r.drama_raw)?;
    d.set_item("track_raw", &r.track_raw)?;
    d.set_item("artists_raw", &r.artists_raw)?;
    d.set_item("track_alt", &r.track_alt)?;
    d.set_item("url", &r.url)?;
    Ok(d)
}

fn records_list<'py>(py: Python<'py>, records: &[Record]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for r in records {
        list.append(record_dict(py, r)?)?;
    }
    Ok(list)
}

/// `kind` of `extract`: HTML, text, or sniffed.
fn html_kind(kind: &str) -> PyResult<Option<bool>> {
    match kind {
        "auto" => Ok(None),
        "html" => Ok(Some(true)),
        "text" => Ok(Some(false)),
        other => Err(PyValueError::new_err(format!(
            "kind must be \"auto\", \"html\" or \"text\", not {other:?}"
        ))),
    }
}

/// Extracts one article given as `str` (already decoded) or `bytes` (decoded as an
/// article file is: BOM, `<meta charset>`, UTF-8, detection).
fn extract_one(
    py: Python<'_>,
    ex: Arc<ostract::Extractor>,
    text_or_html: &Bound<'_, PyAny>,
    source: &str,
    kind: &str,
) -> PyResult<Vec<Record>> {
    let html = html_kind(kind)?;
    let (bytes, label): (Vec<u8>, Option<&str>) = if let Ok(s) = text_or_html.cast::<PyString>() {
        (s.to_cow()?.into_owned().into_bytes(), Some("utf-8"))
    } else if let Ok(b) = text_or_html.cast::<PyBytes>() {
        (b.as_bytes().to_vec(), None)
    } else {
        return Err(PyValueError::new_err("expected str or bytes"));
    };
    let source = source.to_string();
    py.detach(
        move || match input::article_from_bytes_as(&source, &bytes, html, label) {
            Ok(article) => Ok(ex.extract_article(&article)),
            Err(InputError::Empty { .. }) => Ok(Vec::new()),
            Err(e) => Err(e.to_string()),
        },
    )
    .map_err(PyValueError::new_err)
}

/// The kind of input `read` is given, by name.
fn input_kind(kind: &str, file: &InputFile) -> PyResult<Kind> {
    match kind {
        "auto" => Ok(file.kind(input::StdinFormat::Article)),
        "article" => Ok(Kind::Article),
        "jsonl" => Ok(Kind::Jsonl),
        "warc" => Ok(Kind::Warc),
        other => Err(PyValueError::new_err(format!(
            "kind must be \"auto\", \"article\", \"jsonl\" or \"warc\", not {other:?}"
        ))),
    }
}

/// A Python binary file object (anything with `read(n)`) as a Rust reader.
struct PyFile(Py<PyAny>);

impl std::io::Read for PyFile {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        Python::attach(|py| {
            let chunk = self
                .0
                .call_method1(py, "read", (buf.len(),))
                .map_err(std::io::Error::other)?;
            let chunk = chunk.bind(py);
            let bytes = chunk
                .cast::<PyBytes>()
                .map_err(|_| std::io::Error::other("read() did not return bytes"))?
                .as_bytes();
            let n = bytes.len().min(buf.len());
            buf[..n].copy_from_slice(&bytes[..n]);
            Ok(n)
        })
    }
}

/// Opens `read`'s input: a path (`str` or `os.PathLike`) or a binary file object.
fn open_input(
    path_or_file: &Bound<'_, PyAny>,
    name: Option<String>,
) -> PyResult<(InputFile, Reader)> {
    if let Ok(path) = path_or_file.extract::<PathBuf>() {
        let file = InputFile {
            path: name.map(PathBuf::from).unwrap_or_else(|| path.clone()),
        };
        let raw = std::fs::File::open(&path)
            .map_err(|e| PyOSError::new_err(format!("{}: {e}", path.display())))?;
        return Ok((file, Box::new(raw)));
    }
    if !path_or_file.hasattr("read")? {
        return Err(PyValueError::new_err(
            "expected a path or a binary file object",
        ));
    }
    let name = match name {
        Some(n) => n,
        None => path_or_file
            .getattr("name")
            .and_then(|n| n.extract::<String>())
            .map_err(|_| PyValueError::new_err("a file object without a name needs name="))?,
    };
    let file = InputFile {
        path: PathBuf::from(name),
    };
    Ok((file, Box::new(PyFile(path_or_file.clone().unbind()))))
}

/// The records of one input file, read as they come; see `Extractor.read`.
#[pyclass(module = "ostract")]
struct Records {
    state: Mutex<State>,
}

struct State {
    ex: Arc<ostract::Extractor>,
    articles: input::Articles,
    pending: VecDeque<Record>,
    errors: Vec<String>,
    warnings: Vec<String>,
    count: usize,
    done: bool,
}

impl State {
    /// The next article's records (possibly none), or `None` at the end.
    fn advance(&mut self) -> Option<()> {
        if self.done {
            return None;
        }
        match self.articles.next() {
            None => {
                self.done = true;
                None
            }
            Some(Err(e)) => {
                self.errors.push(e.to_string());
                Some(())
            }
            Some(Ok(a)) => {
                self.take(a);
                Some(())
            }
        }
    }

    /// Extracts one article. A bug that panics on one article's text costs that
    /// article only, as in `ostract extract`: an error naming it.
    fn take(&mut self, a: Article) {
        self.count += 1;
        self.warnings.extend(a.warnings.iter().cloned());
        let ex = &self.ex;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ex.extract_article(&a))) {
            Ok(records) => self.pending.extend(records),
            Err(payload) => {
                let reason = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                let e = InputError::Internal {
                    path: a.source,
                    reason,
                };
                self.errors.push(e.to_string());
            }
        }
    }
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        // Waiting for the lock without the GIL: another thread may hold it, detached.
        let mut state = self.lock(py);
        loop {
            if let Some(r) = state.pending.pop_front() {
                return record_dict(py, &r).map(Some);
            }
            let st: &mut State = &mut state;
            if py.detach(|| st.advance()).is_none() {
                return Ok(None);
            }
        }
    }

    /// The problems that cost an article or the rest of the file (bad JSONL lines, bad
    /// or truncated WARC records), as `ostract extract` lists them; so far.
    #[getter]
    fn errors(&self, py: Python<'_>) -> Vec<String> {
        self.lock(py).errors.clone()
    }

    /// Non-fatal problems (lossy decoding, repaired mojibake), so far.
    #[getter]
    fn warnings(&self, py: Python<'_>) -> Vec<String> {
        self.lock(py).warnings.clone()
    }

    /// Articles read so far.
    #[getter]
    fn articles(&self, py: Python<'_>) -> usize {
        self.lock(py).count
    }
}

impl Records {
    fn lock(&self, py: Python<'_>) -> std::sync::MutexGuard<'_, State> {
        // A panic is caught per article, so the state is never left half-changed.
        self.state
            .lock_py_attached(py)
            .unwrap_or_else(|e| e.into_inner())
    }
}

fn read_with(
    ex: Arc<ostract::Extractor>,
    path_or_file: &Bound<'_, PyAny>,
    name: Option<String>,
    kind: &str,
) -> PyResult<Records> {
    let (file, raw) = open_input(path_or_file, name)?;
    let kind = input_kind(kind, &file)?;
    let articles =
        input::articles_from(&file, kind, raw).map_err(|e| PyOSError::new_err(e.to_string()))?;
    Ok(Records {
        state: Mutex::new(State {
            ex,
            articles,
            pending: VecDeque::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
            count: 0,
            done: false,
        }),
    })
}

/// Extracts soundtrack records; holds the name tables (built-in, plus an alias file).
///
/// Make one and call it many times: building the tables costs more than an article.
#[pyclass(module = "ostract", frozen)]
struct Extractor {
    inner: Arc<ostract::Extractor>,
}

#[pymethods]
impl Extractor {
    /// `aliases`: a CSV alias file (`kind,alias,canonical`), as `ostract extract --aliases`.
    #[new]
    #[pyo3(signature = (aliases=None))]
    fn new(aliases: Option<PathBuf>) -> PyResult<Self> {
        let inner = match aliases {
            None => builtin(),
            Some(p) => {
                let mut t = ostract::Tables::builtin();
                t.load_aliases(&p)
                    .map_err(|e| PyValueError::new_err(e.to_string()))?;
                Arc::new(ostract::Extractor::new(t))
            }
        };
        Ok(Extractor { inner })
    }

    /// The records of one article: `str` (decoded text or HTML) or `bytes` (decoded
    /// as an article file is). `kind` is "auto" (HTML if it looks like HTML), "html"
    /// or "text". Returns a list of dicts with the fields of `RECORD_FIELDS`.
    #[pyo3(signature = (text_or_html, source="", kind="auto"))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text_or_html: &Bound<'py, PyAny>,
        source: &str,
        kind: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let records = extract_one(py, self.inner.clone(), text_or_html, source, kind)?;
        records_list(py, &records)
    }

    /// The records of one input file, as `ostract extract FILE` gives them: an
    /// article, a JSONL batch or a WARC file (gzipped or not), by its name or `kind`
    /// ("auto", "article", "jsonl", "warc"). `path_or_file` is a path or a binary file
    /// object; `name` labels the sources (default: the path, or the file's `name`).
    /// Returns an iterator of dicts; its `errors` lists the lines or records skipped.
    #[pyo3(signature = (path_or_file, name=None, kind="auto"))]
    fn read(
        &self,
        path_or_file: &Bound<'_, PyAny>,
        name: Option<String>,
        kind: &str,
    ) -> PyResult<Records> {
        read_with(self.inner.clone(), path_or_file, name, kind)
    }

    /// The display form the alias table gives a name of this kind ("drama", "track",
    /// "artist"), or the name itself: the last step of `--merge`'s display-form rule.
    fn canonical(&self, kind: &str, name: &str) -> PyResult<String> {
        let kind = match kind {
            "drama" => AliasKind::Drama,
            "track" => AliasKind::Track,
            "artist" => AliasKind::Artist,
            other => {
                return Err(PyValueError::new_err(format!(
                    "kind must be \"drama\", \"track\" or \"artist\", not {other:?}"
                )))
            }
        };
        Ok(self
            .inner
            .tables()
            .alias(kind, name)
            .unwrap_or(name)
            .to_string())
    }

    /// The key `--merge` groups an artist by (group members with their group).
    fn artist_key(&self, name: &str) -> String {
        ostract::normalize::artist_key(name, self.inner.tables())
    }
}

/// `Extractor().extract(...)` with the built-in tables.
#[pyfunction]
#[pyo3(signature = (text_or_html, source="", kind="auto"))]
fn extract<'py>(
    py: Python<'py>,
    text_or_html: &Bound<'py, PyAny>,
    source: &str,
    kind: &str,
) -> PyResult<Bound<'py, PyList>> {
    let records = extract_one(py, builtin(), text_or_html, source, kind)?;
    records_list(py, &records)
}

/// `Extractor().read(...)` with the built-in tables.
#[pyfunction]
#[pyo3(signature = (path_or_file, name=None, kind="auto"))]
fn read(path_or_file: &Bound<'_, PyAny>, name: Option<String>, kind: &str) -> PyResult<Records> {
    read_with(builtin(), path_or_file, name, kind)
}

/// The key `--merge` groups dramas and tracks by.
#[pyfunction]
fn key(name: &str) -> String {
    ostract::normalize::key(name)
}

#[pymodule]
fn _ostract(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Records>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(key, m)?)?;
    m.add("RECORD_FIELDS", ostract::output::RECORD_FIELDS.to_vec())?;
    m.add("MERGED_FIELDS", ostract::merge::MERGED_FIELDS.to_vec())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
