// The one list of refusals: each code once with its status, and what derives from it.
import { describe, expect, it } from 'vitest';
import { CODE_BY_STATUS, COMMAND_ERROR_CODES, commandErrorCode, HTTP_ERROR_STATUS, isHttpErrorCode } from '../../shared/errors';
import { HTTP_PERMISSIONS, isGroupAction, mayRequest, type HttpAction } from '../../shared/permissions';
import { ROLES } from '../../shared/roles';

describe('the error codes', () => {
  it('give every status one code, and every code back from its status', () => {
    const statuses = Object.values(HTTP_ERROR_STATUS);
    expect(new Set(statuses).size).toBe(statuses.length);
    for (const [code, status] of Object.entries(HTTP_ERROR_STATUS)) expect(CODE_BY_STATUS[status]).toBe(code);
    expect(CODE_BY_STATUS[500]).toBeUndefined();
  });

  it('know their own codes and nothing else, inherited names included', () => {
    for (const code of Object.keys(HTTP_ERROR_STATUS)) expect(isHttpErrorCode(code)).toBe(true);
    for (const code of ['offline', 'internal', 'toString', '__proto__', '']) expect(isHttpErrorCode(code)).toBe(false);
  });

  it('answer a command with its own code, and a locked room as a conflict', () => {
    for (const code of COMMAND_ERROR_CODES) expect(commandErrorCode(code)).toBe(code);
    expect(commandErrorCode('locked')).toBe('conflict');
  });
});

describe('who may do what over HTTP', () => {
  const actions = Object.keys(HTTP_PERMISSIONS) as HttpAction[];

  it("opens a group's pages with the group's link and nothing a meeting hands out", () => {
    for (const action of actions.filter(isGroupAction)) {
      expect(mayRequest('group', action)).toBe(true);
      for (const role of ROLES) expect(mayRequest(role, action)).toBe(false);
    }
  });

  it('keeps the process record to the leaders, and erasing and new links to the leader', () => {
    const allowed = (action: HttpAction) => ROLES.filter((role) => mayRequest(role, action));
    expect(allowed('report.read')).toEqual(['leader', 'co-leader']);
    expect(allowed('debrief.write')).toEqual(['leader', 'co-leader']);
    expect(allowed('link.replace')).toEqual(['leader']);
    expect(allowed('meeting.erase')).toEqual(['leader']);
  });
});
