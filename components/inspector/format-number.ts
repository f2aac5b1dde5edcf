// Numbers as the inspector prints them: grouped thousands, milliseconds with sensible precision.
const grouped = new Intl.NumberFormat('en-US');

export function count(n: number): string {
  return grouped.format(Math.round(n * 100) / 100);
}

export function ms(n: number): string {
  if (n === 0) return '0 ms';
  if (n < 0.01) return '<0.01 ms';
  if (n < 10) return `${n.toFixed(2)} ms`;
  if (n < 1000) return `${n.toFixed(1)} ms`;
  return `${(n / 1000).toFixed(2)} s`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export function percent(n: number): string {
  if (n > 0 && n < 0.1) return '<0.1%';
  return `${n.toFixed(n < 10 ? 1 : 0)}%`;
}
