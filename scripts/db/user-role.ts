// Sets a user's role: npm run user:role -- <email> <learner|instructor>
// Runs against the same database the app uses (embedded, or DATABASE_URL), so stop an
// embedded server first: its data directory allows one process.
import { getPrisma } from '../../lib/server/db/prisma';

const ROLES = ['learner', 'instructor'] as const;
type Role = (typeof ROLES)[number];

async function main(): Promise<number> {
  const [email, role] = process.argv.slice(2);
  if (!email || !ROLES.includes(role as Role)) {
    console.error('usage: npm run user:role -- <email> <learner|instructor>');
    return 2;
  }
  const prisma = await getPrisma();
  const result = await prisma.user.updateMany({ where: { email: email.toLowerCase() }, data: { role: role as Role } });
  if (result.count === 0) {
    console.error(`no user with email ${email}`);
    return 1;
  }
  console.log(`${email} is now ${role}`);
  await prisma.$disconnect();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
