import { useState } from 'react';
import { LESSON_PLANS, LESSON_PRESET_IDS, type LessonPlan, type LessonPresetId } from '../../shared/learn/lessonPlans';
import { Link } from '../router';

/** The class creation form's preset select: a lesson plan of the teacher's kit sets the rounds and timers it was written for. */
export function LessonPresetField({ onPreset }: { onPreset: (plan: LessonPlan) => void }) {
  const [preset, setPreset] = useState<LessonPresetId | ''>('');
  return (
    <div className="field">
      <label htmlFor="lesson-preset">Lesson preset</label>
      <select
        id="lesson-preset"
        value={preset}
        aria-describedby="lesson-preset-hint"
        onChange={(e) => {
          const id = e.target.value as LessonPresetId | '';
          setPreset(id);
          if (id) onPreset(LESSON_PLANS[id]);
        }}
      >
        <option value="">Custom (set rounds and timers below)</option>
        {LESSON_PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {LESSON_PLANS[id].title}: {LESSON_PLANS[id].rounds} rounds
          </option>
        ))}
      </select>
      <p className="hint" id="lesson-preset-hint">
        Matches a lesson plan in the <Link href="/teach">teacher's kit</Link>; you can still change any value.
      </p>
    </div>
  );
}
