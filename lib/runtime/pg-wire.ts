// The two pieces of the PostgreSQL frontend/backend protocol the engine needs in TypeScript:
// building a simple Query message, and reading the rows of a reply (for EXPLAIN and tools).
// Learner queries are parsed in Python (python/psycopg2/_wire.py), where the values are used.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A simple-protocol Query message: 'Q', int32 length (including itself), the SQL, NUL. */
export function queryMessage(sql: string): Uint8Array {
  const body = encoder.encode(sql);
  const msg = new Uint8Array(body.length + 6);
  msg[0] = 0x51;
  new DataView(msg.buffer).setInt32(1, body.length + 5);
  msg.set(body, 5);
  return msg;
}

export interface SimpleReply {
  columns: string[];
  rows: (string | null)[][];
  error: { code: string; message: string; detail?: string } | null;
  status: 'I' | 'T' | 'E';
}

/** Rows of the last result set in a reply, as text; the error, if any. */
export function readReply(buf: Uint8Array): SimpleReply {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const reply: SimpleReply = { columns: [], rows: [], error: null, status: 'I' };
  let pos = 0;
  while (pos < buf.length) {
    const kind = buf[pos];
    const end = pos + 1 + view.getInt32(pos + 1);
    let p = pos + 5;
    if (kind === 0x54) { // RowDescription
      const n = view.getInt16(p);
      p += 2;
      reply.columns = [];
      reply.rows = [];
      for (let i = 0; i < n; i++) {
        const z = buf.indexOf(0, p);
        reply.columns.push(decoder.decode(buf.subarray(p, z)));
        p = z + 19;
      }
    } else if (kind === 0x44) { // DataRow
      const n = view.getInt16(p);
      p += 2;
      const row: (string | null)[] = [];
      for (let i = 0; i < n; i++) {
        const size = view.getInt32(p);
        p += 4;
        row.push(size < 0 ? null : decoder.decode(buf.subarray(p, p + size)));
        if (size > 0) p += size;
      }
      reply.rows.push(row);
    } else if (kind === 0x45) { // ErrorResponse
      const fields: Record<string, string> = {};
      while (p < end && buf[p] !== 0) {
        const z = buf.indexOf(0, p + 1);
        fields[String.fromCharCode(buf[p])] = decoder.decode(buf.subarray(p + 1, z));
        p = z + 1;
      }
      reply.error = { code: fields.C ?? '', message: fields.M ?? '', detail: fields.D };
    } else if (kind === 0x5a) { // ReadyForQuery
      reply.status = String.fromCharCode(buf[p]) as SimpleReply['status'];
    }
    pos = end;
  }
  return reply;
}
