/** "1 person", "3 people". */
export const people = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'person' : 'people'}`;
