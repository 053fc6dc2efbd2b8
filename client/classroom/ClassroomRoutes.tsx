import { isRole } from '../../shared/roles';
import { Link } from '../router';
import { BriefingPage } from './BriefingPage';
import { DebriefPage } from './DebriefPage';
import { StudentDebriefPage } from './StudentDebriefPage';
import { ProjectorPage } from './ProjectorPage';
import { JoinPage, StudentTable } from './StudentPages';
import { CreateClass, RecoverConsole } from './CreateClass';
import { TeacherConsole } from './TeacherConsole';
import { teacherKeys } from './api';
import ReplayPage from '../replay/ReplayPage';
import './classroom.css';

/**
 * Classroom mode's pages; the app routes /join, /class and /class/* here.
 *   /class                       create a session (teacher)   /class/recover  reclaim a console
 *   /class/:id                   teacher console          /class/:id/debrief    debrief
 *   /class/:id/briefings[/:scenario]  all five briefings  /class/briefing/:role[/:scenario] one role's briefing
 *   /class/:id/replay/:matchID   a table's replay (with the teacher key), to step through and fork
 *   /class/projector/:code[/:n]  projector (class or table n)
 *   /join[/:code]                student join             /class/play           the student's table
 *   /class/play/debrief          the student's table debrief, once its game is over
 */
export default function ClassroomRoutes({ path }: { path: string }) {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'join') return <JoinPage code={parts[1]} />;
  const [, a, b, c] = parts;
  if (a === undefined || a === 'new') return <CreateClass />;
  if (a === 'recover') return <RecoverConsole />;
  if (a === 'play') return b === 'debrief' ? <StudentDebriefPage /> : <StudentTable />;
  if (a === 'projector' && b) return <ProjectorPage code={b} table={c ? Number(c) : undefined} />;
  if (a === 'briefing') return <BriefingPage role={isRole(b) ? b : undefined} scenario={c} />;
  if (b === 'debrief') return <DebriefPage sessionId={a} />;
  if (b === 'replay' && c) return <ReplayPage key={c} matchID={c} access={{ teacherKey: teacherKeys.get(a) ?? undefined }} />;
  if (b === 'briefings') return <BriefingPage scenario={c} />;
  if (b === undefined) return <TeacherConsole sessionId={a} />;
  return (
    <main className="page narrow" id="main">
      <h1>Page not found</h1>
      <p>
        <Link href="/class">Classroom mode</Link>
      </p>
    </main>
  );
}
