// A treaty's status on any day, and its milestones
import { treaties, treatyMilestones, treatyStatus } from '@arms-control/data';

const today = new Date().toISOString().slice(0, 10);
for (const treaty of treaties) {
  const { status, since } = treatyStatus(treaty.id, today);
  console.log(`${treaty.name}: ${status}${since ? ` since ${since}` : ''}`);
  for (const m of treatyMilestones(treaty.id)) console.log(`  ${m.date} ${m.action}`);
}
