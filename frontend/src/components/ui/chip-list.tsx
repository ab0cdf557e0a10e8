type ChipListProps = { label: string; items: ReadonlyArray<string> };

export const ChipList = ({ label, items }: ChipListProps) => (
  <ul className="chip-list" aria-label={label}>
    {items.map((item) => (
      <li key={item} className="chip">
        {item}
      </li>
    ))}
  </ul>
);
