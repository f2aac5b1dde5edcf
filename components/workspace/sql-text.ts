// SQL as the workspace shows it: formatted for reading (PostgreSQL dialect). Never throws.
import { format } from 'sql-formatter';

export function readableSql(sql: string): string {
  if (sql.length > 20_000) return sql; // formatting huge IN lists costs more than it helps
  try {
    return format(sql, { language: 'postgresql', keywordCase: 'upper', tabWidth: 2 });
  } catch {
    return sql;
  }
}
