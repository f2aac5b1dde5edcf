'use client';
// The lesson app's models (engine.describe()), once the lab is ready: for naming relations in N+1
// warnings and for completing model names, fields and lookups in the Python editor.
import { useEffect, useState } from 'react';
import type { ModelInfo } from '@/lib/runtime/protocol';
import type { Lab } from './lab-context';

export function useLabModels(lab: Lab): ModelInfo[] {
  const [models, setModels] = useState<ModelInfo[]>([]);
  const ready = lab.status === 'ready';
  const { describe } = lab;
  const known = models.length > 0;
  useEffect(() => {
    if (!ready || known) return;
    let current = true;
    describe().then(
      (m) => current && setModels(m),
      () => undefined, // no model names in warnings or completion; everything else works
    );
    return () => {
      current = false;
    };
  }, [ready, known, describe]);
  return models;
}
