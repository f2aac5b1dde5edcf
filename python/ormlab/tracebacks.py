"""Errors as the learner should see them: their own lines, not Django's internals."""
import linecache
import traceback


def sqlstate_of(exc):
    """SQLSTATE of a database error (Django wraps the driver's exception as __cause__)."""
    for e in (exc, exc.__cause__, exc.__context__):
        code = getattr(e, "pgcode", None)
        if code:
            return code
    return None


def describe(exc, learner_file):
    """{type, message, line, traceback, sqlstate} with the traceback trimmed to learner frames."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == learner_file]
    line = frames[-1].lineno if frames else None
    if isinstance(exc, SyntaxError) and exc.filename == learner_file:
        line = exc.lineno
    lines = ["Traceback (most recent call last):\n"] if frames else []
    for f in frames:
        lines.append(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n')
        source = linecache.getline(learner_file, f.lineno).strip()
        if source:
            lines.append(f"    {source}\n")
    lines.extend(traceback.format_exception_only(type(exc), exc))
    message = str(exc)
    if isinstance(exc, SyntaxError):
        message = exc.msg
    return {
        "type": type(exc).__name__,
        "message": message.strip(),
        "line": line,
        "traceback": "".join(lines),
        "sqlstate": sqlstate_of(exc),
    }
