import 'server-only';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400; message: string };

/** Reads a JSON body of at most `maxBytes` without buffering more than that. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, status: 400, message: 'send the body as application/json' };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return tooLarge(maxBytes);
  if (!request.body) return { ok: false, status: 400, message: 'the body is empty' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: 'the body is not valid JSON' };
  }
}

function tooLarge(maxBytes: number): BodyResult {
  // 400 rather than 413 so clients treat it like any other invalid payload: do not retry.
  return { ok: false, status: 400, message: `the body is larger than ${maxBytes} bytes` };
}
