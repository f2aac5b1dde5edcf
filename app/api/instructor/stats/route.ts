import { getInstructorStats } from '@/lib/server/instructor/handlers';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => getInstructorStats(request);
