const required = [
  ['first_name', 'Given name'],
  ['last_name', 'Family name'],
  ['email', 'Work email; it identifies the person between imports'],
  ['job_title', 'Such as “Product designer”'],
  ['department', 'The team the person belongs to'],
  ['manager_email', 'Their manager’s work email; empty for the person at the top'],
  ['time_zone', 'An IANA time zone, such as Europe/Berlin'],
] as const;

const optional = [
  ['employee_id', 'Your HR system’s id'],
  ['start_date', 'yyyy-MM-dd, such as 2024-03-01'],
  ['status', 'active or inactive; empty means active'],
  ['hr_admin', 'yes lets the person import and change the company settings; empty means no'],
] as const;

const ColumnList = ({ columns }: { columns: ReadonlyArray<readonly [string, string]> }) => (
  <dl className="column-list">
    {columns.map(([name, description]) => (
      <div key={name} className="column-list__item">
        <dt>
          <code>{name}</code>
        </dt>
        <dd>{description}</dd>
      </div>
    ))}
  </dl>
);

export const CsvColumnsHelp = () => (
  <details className="card help" open>
    <summary className="help__summary">What the file must contain</summary>
    <div className="help__body">
      <p>
        One row per person, with a header row. The file is the whole organisation: people who are not in it are
        deactivated. Headers are matched loosely, so “Work Email” or “First name” work too.
      </p>
      <div className="help__columns">
        <section aria-labelledby="required-columns">
          <h3 id="required-columns" className="help__heading">
            Required columns
          </h3>
          <ColumnList columns={required} />
        </section>
        <section aria-labelledby="optional-columns">
          <h3 id="optional-columns" className="help__heading">
            Optional columns
          </h3>
          <ColumnList columns={optional} />
        </section>
      </div>
      <p className="muted">
        Save the file as UTF-8 (in Excel: File › Save As › “CSV UTF-8”). Files up to 20 MB. The whole file is checked
        first: if any row has a problem, nothing is imported and every problem is listed.
      </p>
    </div>
  </details>
);
