//! Writing records: CSV, JSON (one array) and JSON Lines, to files written atomically
//! (a temporary file in the same folder, renamed into place when complete) or stdout.
//!
//! CSV is RFC 4180 as the `csv` crate writes it. Values are written as they are, even
//! when they start with `=`, `+`, `-` or `@`: the dataset keeps the article's text, and
//! `ostract validate` flags such values (`formula-injection`) for users who open CSV
//! files in spreadsheets.

use crate::record::{CsvRecord, Record};
use serde::Serialize;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Jsonl,
}

impl Format {
    /// The format a file name's extension implies.
    ///
    /// ```
    /// use ostract::output::Format;
    /// assert_eq!(Format::from_path("out/records.jsonl".as_ref()), Some(Format::Jsonl));
    /// assert_eq!(Format::from_path("x.txt".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// Errors writing output.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("{path}: unknown output format (use .csv, .json or .jsonl, or --format with -o -)")]
    UnknownFormat { path: String },
    #[error("{path}: {source}")]
    Csv {
        path: String,
        #[source]
        source: csv::Error,
    },
}

impl OutputError {
    /// Whether the reader went away (`| head`), which ends a run without failing it.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, OutputError::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
            || matches!(self, OutputError::Csv { source, .. } if matches!(source.kind(), csv::ErrorKind::Io(e) if e.kind() == io::ErrorKind::BrokenPipe))
    }
}

enum Target {
    File(AtomicFile),
    Stdout,
}

/// A file written under a temporary name beside its final path and renamed into place
/// by [`AtomicFile::commit`]: a crash or an error never leaves a half-written output,
/// and an existing file stays intact until the new one is complete.
///
/// ```
/// use std::io::Write;
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("out.csv");
/// let (file, mut w) = ostract::output::AtomicFile::create(&path).unwrap();
/// w.write_all(b"drama,track,artists\n").unwrap();
/// assert!(!path.exists());
/// drop(w);
/// file.commit().unwrap();
/// assert_eq!(std::fs::read_to_string(&path).unwrap(), "drama,track,artists\n");
/// ```
pub struct AtomicFile {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl AtomicFile {
    /// Creates the temporary file (and the folder), returning it and a buffered writer
    /// into it. Drop or flush the writer before [`AtomicFile::commit`].
    pub fn create(path: &Path) -> io::Result<(AtomicFile, BufWriter<impl Write + 'static>)> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        // An output gets the permissions of the file it replaces, or those of a newly
        // created file (0666 less the umask), not the private 0600 of temporary files.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)
                .map(|m| m.permissions().mode() & 0o7777)
                .unwrap_or(0o666);
            builder.permissions(std::fs::Permissions::from_mode(mode));
        }
        let tmp = builder.tempfile_in(&dir)?;
        let handle = tmp.as_file().try_clone()?;
        let file = AtomicFile {
            tmp,
            path: path.to_path_buf(),
        };
        Ok((file, BufWriter::new(Shared(handle))))
    }

    /// Syncs the data to disk and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// A streaming writer of serialisable rows in one format.
pub struct Writer {
    format: Format,
    label: String,
    target: Option<Target>,
    out: Box<dyn Write>,
    csv: Option<csv::Writer<Box<dyn Write>>>,
    rows: usize,
    /// Flush after every batch (streaming to a pipe).
    flush_each: bool,
    /// The CSV header written when no row was (otherwise serde writes it).
    header: &'static [&'static str],
    /// A JSON row as serialised, before it is written: serde_json writes a row in a few
    /// dozen small pieces, each a call through `dyn Write` when written straight to `out`.
    row: Vec<u8>,
}

/// A `Write` that shares a temporary file's handle.
struct Shared(File);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Writer {
    /// A writer to `path` (`-` for stdout) in `format`, of rows with the fields `header`
    /// ([`RECORD_FIELDS`] or [`crate::merge::MERGED_FIELDS`]). File output goes to a
    /// temporary file beside `path` until [`Writer::finish`] renames it into place.
    pub fn create(
        path: &Path,
        format: Format,
        header: &'static [&'static str],
    ) -> Result<Writer, OutputError> {
        let label = path.display().to_string();
        let io_err = |source| OutputError::Io {
            path: label.clone(),
            source,
        };
        let (target, sink): (Target, Box<dyn Write>) = if path.as_os_str() == "-" {
            (Target::Stdout, Box::new(BufWriter::new(io::stdout())))
        } else {
            let (file, w) = AtomicFile::create(path).map_err(io_err)?;
            (Target::File(file), Box::new(w))
        };
        let mut w = Writer {
            format,
            label,
            target: Some(target),
            out: Box::new(io::sink()),
            csv: None,
            rows: 0,
            flush_each: false,
            header,
            row: Vec::new(),
        };
        match format {
            Format::Csv => w.csv = Some(csv::WriterBuilder::new().from_writer(sink)),
            _ => w.out = sink,
        }
        if format == Format::Json {
            w.out.write_all(b"[").map_err(|source| OutputError::Io {
                path: w.label.clone(),
                source,
            })?;
        }
        Ok(w)
    }

    /// Flush after every [`Writer::flush`] call, for streaming to a pipe.
    pub fn streaming(mut self, on: bool) -> Writer {
        self.flush_each = on;
        self
    }

    fn io(&self, source: io::Error) -> OutputError {
        OutputError::Io {
            path: self.label.clone(),
            source,
        }
    }

    /// Writes one row. For CSV, `csv_row` is what goes in the cells.
    pub fn write<T: Serialize, C: Serialize>(
        &mut self,
        row: &T,
        csv_row: &C,
    ) -> Result<(), OutputError> {
        match self.format {
            Format::Csv => {
                let Writer { csv, label, .. } = self;
                csv.as_mut()
                    .unwrap()
                    .serialize(csv_row)
                    .map_err(|source| OutputError::Csv {
                        path: label.clone(),
                        source,
                    })?;
            }
            Format::Json | Format::Jsonl => {
                self.row.clear();
                if self.format == Format::Json {
                    let sep: &[u8] = if self.rows == 0 { b"\n" } else { b",\n" };
                    self.row.extend_from_slice(sep);
                }
                serde_json::to_writer(&mut self.row, row).map_err(|e| self.io(e.into()))?;
                if self.format == Format::Jsonl {
                    self.row.push(b'\n');
                }
                self.out.write_all(&self.row).map_err(|e| self.io(e))?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Writes one record.
    pub fn record(&mut self, r: &Record) -> Result<(), OutputError> {
        self.write(r, &CsvRecord::from(r))
    }

    /// Flushes what has been written when streaming (after each article).
    pub fn flush(&mut self) -> Result<(), OutputError> {
        if !self.flush_each {
            return Ok(());
        }
        match &mut self.csv {
            Some(c) => c.flush().map_err(|e| OutputError::Io {
                path: self.label.clone(),
                source: e,
            }),
            None => self.out.flush().map_err(|e| self.io(e)),
        }
    }

    /// Completes the output: closes the JSON array, flushes, and renames a file into place.
    pub fn finish(mut self) -> Result<usize, OutputError> {
        if self.format == Format::Json {
            let tail: &[u8] = if self.rows == 0 { b"]\n" } else { b"\n]\n" };
            self.out.write_all(tail).map_err(|e| self.io(e))?;
        }
        if let Some(mut c) = self.csv.take() {
            if self.rows == 0 {
                // An empty CSV still has its header row.
                c.write_record(self.header)
                    .map_err(|source| OutputError::Csv {
                        path: self.label.clone(),
                        source,
                    })?;
            }
            c.flush().map_err(|e| self.io(e))?;
        }
        self.out.flush().map_err(|e| self.io(e))?;
        drop(std::mem::replace(&mut self.out, Box::new(io::sink())));
        match self.target.take() {
            Some(Target::File(file)) => file.commit().map_err(|e| self.io(e))?,
            Some(Target::Stdout) | None => {}
        }
        Ok(self.rows)
    }
}

/// The record fields, in output order.
pub const RECORD_FIELDS: &[&str] = &[
    "drama",
    "track",
    "artists",
    "source",
    "line",
    "start",
    "end",
    "rule",
    "confidence",
    "drama_raw",
    "track_raw",
    "artists_raw",
    "track_alt",
    "url",
];

/// Reads records back from a CSV, JSON or JSON Lines file written by ostract (or by
/// hand, with at least `drama`, `track`, `artists`).
pub fn read_records(path: &Path) -> Result<Vec<Record>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let fail = |e: String| format!("{}: {e}", path.display());
    match Format::from_path(path) {
        Some(Format::Csv) => {
            let mut rdr = csv::Reader::from_reader(text.as_bytes());
            rdr.deserialize::<LooseCsv>()
                .map(|r| r.map(Record::from).map_err(|e| fail(e.to_string())))
                .collect()
        }
        Some(Format::Json) => serde_json::from_str::<Vec<LooseJson>>(&text)
            .map(|v| v.into_iter().map(Record::from).collect())
            .map_err(|e| fail(e.to_string())),
        Some(Format::Jsonl) => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                serde_json::from_str::<LooseJson>(l)
                    .map(Record::from)
                    .map_err(|e| fail(format!("line {}: {e}", i + 1)))
            })
            .collect(),
        None => Err(fail(
            "unknown format (expected .csv, .json or .jsonl)".into(),
        )),
    }
}

/// A record as read back, where only `drama`, `track` and `artists` are required.
#[derive(serde::Deserialize)]
struct LooseCsv {
    drama: String,
    track: String,
    artists: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    track_alt: String,
    #[serde(default)]
    url: String,
}

impl From<LooseCsv> for Record {
    fn from(r: LooseCsv) -> Record {
        Record {
            drama: r.drama,
            track: r.track,
            artists: crate::record::split_joined(&r.artists),
            source: r.source,
            track_alt: r.track_alt,
            url: r.url,
            ..Default::default()
        }
    }
}

#[derive(serde::Deserialize)]
struct LooseJson {
    drama: String,
    track: String,
    artists: Vec<String>,
    #[serde(default)]
    source: String,
    #[serde(default)]
    track_alt: String,
    #[serde(default)]
    url: String,
}

impl From<LooseJson> for Record {
    fn from(r: LooseJson) -> Record {
        Record {
            drama: r.drama,
            track: r.track,
            artists: r.artists,
            source: r.source,
            track_alt: r.track_alt,
            url: r.url,
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Record {
        Record {
            drama: "Kill Me, Heal Me".into(),
            track: "He said \"hi\"\nthen".into(),
            artists: vec!["Luna (f(x))".into(), "=cmd".into()],
            source: "a.txt".into(),
            ..Default::default()
        }
    }

    #[test]
    fn csv_round_trips_every_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        let mut w = Writer::create(&path, Format::Csv, RECORD_FIELDS).unwrap();
        w.record(&sample()).unwrap();
        w.finish().unwrap();
        let mut rdr = csv::Reader::from_path(&path).unwrap();
        let back: CsvRecord = rdr.deserialize().next().unwrap().unwrap();
        assert_eq!(Record::from(back), sample());
    }

    #[test]
    fn json_and_jsonl_read_back() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["r.json", "r.jsonl"] {
            let path = dir.path().join(name);
            let mut w =
                Writer::create(&path, Format::from_path(&path).unwrap(), RECORD_FIELDS).unwrap();
            w.record(&sample()).unwrap();
            w.record(&sample()).unwrap();
            w.finish().unwrap();
            let back = read_records(&path).unwrap();
            assert_eq!(back.len(), 2);
            assert_eq!(back[0].artists, sample().artists);
        }
    }

    #[test]
    fn unfinished_output_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        std::fs::write(&path, "old").unwrap();
        let mut w = Writer::create(&path, Format::Json, RECORD_FIELDS).unwrap();
        w.record(&sample()).unwrap();
        drop(w);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "temporary file removed"
        );
    }

    #[test]
    fn empty_csv_has_the_header_it_was_given() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.csv");
        Writer::create(&path, Format::Csv, crate::merge::MERGED_FIELDS)
            .unwrap()
            .finish()
            .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.trim_end(), crate::merge::MERGED_FIELDS.join(","));
    }

    #[test]
    fn empty_json_is_an_empty_array() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        Writer::create(&path, Format::Json, RECORD_FIELDS)
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!(
            serde_json::from_str::<Vec<Record>>(&std::fs::read_to_string(&path).unwrap()).unwrap(),
            vec![]
        );
    }
}
