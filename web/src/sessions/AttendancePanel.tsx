import { SIDES } from '@tandem/domain';
import type { SessionState } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Avatar, colorForName, useRealtime } from '../presence';

/** Who attends, by side, with the committee's voting members marked. */
export function AttendancePanel({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const voting = new Set(state.votingMembers.map((m) => m.userId));
  return (
    <section
      className="attendance card"
      aria-labelledby="attendance-title"
      data-testid="attendance"
    >
      <header className="attendance__head">
        <h2 id="attendance-title" className="attendance__title">
          {t('sessions.attendance.heading')}
        </h2>
        <span className="attendance__total">
          {t('sessions.attendance.total', { count: state.attendance.length })}
        </span>
      </header>
      {state.attendance.length === 0 && (
        <p className="attendance__none">{t('sessions.attendance.none')}</p>
      )}
      {SIDES.map((side) => {
        const here = state.attendance.filter((a) => a.side === side);
        if (here.length === 0) return null;
        return (
          <div key={side} className={`attendance__side attendance__side--${side}`} data-side={side}>
            <p className="attendance__side-title">
              {t(`sides.${side}`)} · {here.length}
            </p>
            <ul className="attendance__list">
              {here.map((a) => (
                <li
                  key={a.userId}
                  className="attendance__person"
                  data-testid="attendee"
                  data-person={a.name}
                >
                  <Avatar name={a.name} color={colorForName(a.name)} size="small" decorative />
                  <span className="attendance__name">
                    {a.userId === realtime?.userId
                      ? t('sessions.room.you', { name: a.name })
                      : a.name}
                  </span>
                  <span className={`role-badge role-badge--${a.role}`}>
                    {t(`workspace.roles.${a.role}`)}
                  </span>
                  {voting.has(a.userId) && (
                    <span
                      className="attendance__voting"
                      title={t('sessions.attendance.votingMember')}
                    >
                      {t('sessions.attendance.votingMember')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p className="attendance__rule">{t('sessions.quorum.rule')}</p>
    </section>
  );
}
