import { CopyButton } from '../../components/CopyButton';
import { text } from '../../text';

/** The private link, for the group's other leader; it opens everything here, so it says so. */
export function GroupLink({ groupId, token }: { groupId: string; token: string }) {
  const link = `${location.origin}/g/${encodeURIComponent(groupId)}#${token}`;
  return (
    <section className="card stack-small" aria-labelledby="group-link-heading">
      <h2 id="group-link-heading">{text.group.linkHeading}</h2>
      <p className="hint">{text.group.linkHint}</p>
      <div>
        <CopyButton value={link} label={text.group.linkLabel} />
      </div>
    </section>
  );
}
