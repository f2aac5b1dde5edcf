import { handleAuth } from '@/lib/server/auth/handler';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => handleAuth(request);
export const POST = (request: Request) => handleAuth(request);
