import { getProgress } from '@/lib/server/progress/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => getProgress(request);
