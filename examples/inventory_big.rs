//! Writes a large inventory for the benchmarks: the bundled sample programme's rows repeated
//! until there are `ROWS`, each with an id of its own (`INT-000000`, …). With `--distinct`,
//! every row also gets a peak volume of its own (100 + 7 × its index), so that no two rows
//! share their answers and nothing can be reused between them. With `--narrow`, only the three
//! columns every inventory must have are written (title, counterpart, direction; plus the
//! volume with `--distinct`): a million rows then fit under the 64 MiB an inventory may have.
//!
//!   cargo run --release --example `inventory_big` -- 100000 > big.csv
//!   cargo run --release --example `inventory_big` -- 100000 --distinct > distinct.csv
//!   cargo run --release --example `inventory_big` -- 1000000 --narrow > narrow.csv

const SAMPLE: &[u8] = include_bytes!("../inventories/sample-programme.csv");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rows: usize = args
        .first()
        .ok_or("usage: inventory_big ROWS [--distinct] [--narrow]")?
        .parse()?;
    let distinct = args.iter().any(|a| a == "--distinct");
    let narrow = args.iter().any(|a| a == "--narrow");
    let mut reader = csv::Reader::from_reader(SAMPLE);
    let header = reader.headers()?.clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("the sample has no `{name}` column"))
    };
    let (id, volume) = (column("ID")?, column("Peak per hour")?);
    // The columns written: all of them, or the required ones (and the volume if distinct).
    let written: Vec<usize> = if narrow {
        let mut kept = vec![
            column("Interface name")?,
            column("System")?,
            column("Direction")?,
        ];
        if distinct {
            kept.push(volume);
        }
        kept
    } else {
        (0..header.len()).collect()
    };
    let sample: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(std::io::BufWriter::new(std::io::stdout().lock()));
    writer.write_record(written.iter().map(|&c| &header[c]))?;
    for (index, record) in sample.iter().cycle().take(rows).enumerate() {
        let own_id = format!("INT-{index:06}");
        let own_volume = (100 + 7 * index).to_string();
        let cells = written.iter().map(|&column| {
            let cell = &record[column];
            if column == id {
                own_id.as_str()
            } else if column == volume && distinct {
                own_volume.as_str()
            } else {
                cell
            }
        });
        writer.write_record(cells)?;
    }
    writer.flush()?;
    Ok(())
}
