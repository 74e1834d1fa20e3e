// The group's leaders as a select's options, by name: wherever a leader is picked (who led a
// meeting, whose log to show, who is writing the supervision report).
import type { Leader } from '../../shared/leaders';

export function LeaderOptions({ leaders }: { leaders: readonly Leader[] }) {
  return leaders.map((leader) => (
    <option key={leader.leaderId} value={leader.leaderId}>
      {leader.name}
    </option>
  ));
}
