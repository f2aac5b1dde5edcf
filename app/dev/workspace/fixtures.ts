// Starters for the developer workspace page and its Playwright tests. Kept out of the course:
// each shows one behaviour of the workspace, not a lesson.
export interface WorkspaceFixture {
  title: string;
  starter: (origin: string) => string;
  /** An editable models.py: the lab boots with it as the app `lab` (schema lessons). */
  models?: string;
}

export const WORKSPACE_FIXTURES: Record<string, WorkspaceFixture> = {
  simple: {
    title: 'A simple query',
    starter: () => 'Book.objects.select_related("author").filter(price__lt=10).order_by("id")[:5]\n',
  },
  nplusone: {
    title: 'An N+1 loop',
    starter: () =>
      [
        'books = Book.objects.order_by("id")[:50]',
        'names = []',
        'for book in books:',
        '    names.append(book.author.name)',
        'result = names',
        '',
      ].join('\n'),
  },
  syntax: {
    title: 'A syntax error',
    starter: () => ['cheap = Book.objects.filter(price__lt=10)', 'result = cheap.count(', 'print(result)', ''].join('\n'),
  },
  integrity: {
    title: 'A unique constraint',
    starter: () => ['first = Author.objects.order_by("id").first()', 'Author.objects.create(name="Copy", email=first.email, born=first.born)', ''].join('\n'),
  },
  loop: {
    title: 'An endless loop',
    starter: () => ['n = 0', 'while True:', '    n += 1', ''].join('\n'),
  },
  fetch: {
    title: 'Learner code calling our API',
    // What a hostile snippet would try: read the learner's progress (and so act as them).
    starter: (origin) =>
      [
        'import json',
        'from js import fetch',
        'attempts = []',
        `for url in [${JSON.stringify(`${origin}/api/progress`)}, "/api/progress"]:`,
        '    try:',
        '        response = await fetch(url, credentials="include")',
        '        attempts.append({"url": url, "status": response.status, "body": (await response.text())[:200]})',
        '    except Exception as error:',
        '        attempts.append({"url": url, "refused": str(error)[:200]})',
        'result = json.dumps(attempts)',
        '',
      ].join('\n'),
  },
};

WORKSPACE_FIXTURES.schema = {
  title: 'Edit models.py',
  models: 'from django.db import models\n\n\nclass Shelf(models.Model):\n    name = models.CharField(max_length=40)\n',
  starter: () =>
    [
      'from django.core.management import call_command',
      'call_command("makemigrations", "lab")',
      'call_command("migrate", "lab")',
      'Shelf.objects.create(name="noir")',
      'list(Shelf.objects.values())',
      '',
    ].join('\n'),
};

export const DEFAULT_FIXTURE = 'simple';
