// A soft chime when a phase's time runs out, for the leader's laptop and the projector only (never
// a phone: a chime from a pocket would break the room's attention). Off unless switched on, and
// remembered per surface. Browsers only let a page sound after a click or a key, so the audio is
// unlocked by the switch itself, or by the first click or key after a reload.
import { useEffect, useState } from 'react';
import { remainingAt, type Timer } from '../shared/timer';
import { serverNow } from './store';

export type ChimeSurface = 'console' | 'display';

const preferenceKey = (surface: ChimeSurface) => `balint.pref.phaseChime.${surface}`;
let audio: AudioContext | null = null;

function unlock(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No Web Audio: the timer's amber still says it.
  }
}

/** Unlocks the audio at the next click or key press, for a preference remembered from before. */
function unlockOnNextGesture(): () => void {
  const once = () => {
    unlock();
    window.removeEventListener('pointerdown', once);
    window.removeEventListener('keydown', once);
  };
  window.addEventListener('pointerdown', once);
  window.addEventListener('keydown', once);
  return once;
}

/** One gentle sine, half a second, quiet: a cue for the leader, not an alarm for the room. */
export function playPhaseChime(): void {
  if (!audio || audio.state !== 'running') return;
  const at = audio.currentTime;
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.type = 'sine';
  tone.frequency.value = 523.25; // C5
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(0.08, at + 0.04);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
  tone.connect(gain).connect(audio.destination);
  tone.start(at);
  tone.stop(at + 0.55);
}

function storedPreference(surface: ChimeSurface): boolean {
  try {
    return localStorage.getItem(preferenceKey(surface)) === 'on';
  } catch {
    return false;
  }
}

export function useChimePreference(surface: ChimeSurface): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => storedPreference(surface));
  useEffect(() => {
    if (!on) return;
    const once = unlockOnNextGesture();
    return () => {
      window.removeEventListener('pointerdown', once);
      window.removeEventListener('keydown', once);
    };
  }, [on]);
  const toggle = (next: boolean) => {
    if (next) {
      unlock();
      // Played at once, so the leader hears what to expect and knows the sound works here.
      setTimeout(playPhaseChime, 60);
    }
    try {
      localStorage.setItem(preferenceKey(surface), next ? 'on' : 'off');
    } catch {
      // The choice then lasts for this page only.
    }
    setOn(next);
  };
  return [on, toggle];
}

/** Chimes once when the running phase's clock reaches zero; an extension sets it up again. */
export function usePhaseEndChime(timer: Timer, phaseKey: string, enabled: boolean): void {
  const { durationSec, elapsedMs, runningSince } = timer;
  useEffect(() => {
    if (!enabled || runningSince === null) return;
    const left = remainingAt({ durationSec, elapsedMs, runningSince }, serverNow());
    if (left <= 0) return;
    const id = setTimeout(playPhaseChime, left);
    return () => clearTimeout(id);
  }, [enabled, durationSec, elapsedMs, runningSince, phaseKey]);
}
