// Developer page (not linked from the course): every inspector view rendered from the fixtures in
// tests/fixtures/inspector, for the workspace engineer and for screenshots.
// ?run=NAME&plan=NAME&theme=dark pick what is shown.
import type { Metadata } from 'next';
import { fixtureModels, planFixtures, runFixtures } from '@/tests/fixtures/inspector/load';
import { InspectorGallery } from './inspector-gallery';

export const metadata: Metadata = { title: 'Inspector fixtures', robots: { index: false } };

export default function InspectorDevPage() {
  return (
    <InspectorGallery
      runs={runFixtures().map(({ fixture }) => fixture)}
      plans={planFixtures().map(({ fixture }) => fixture)}
      models={fixtureModels()}
    />
  );
}
