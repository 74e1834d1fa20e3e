// The leaders' two sounds, both off unless switched on and remembered on the device: a soft chime
// when a phase's time runs out (the leader's laptop and the projector, never a phone: a chime from
// a pocket would break the room's attention), and a quieter two-note chime for a new flag. Browsers
// only let a page sound after a click or a key, so the one audio context of the page is unlocked by
// the switch itself, or by the first click or key after a reload.
import { useEffect, useState } from 'react';
import { remainingAt, type Timer } from '../shared/timer';
import { serverNow } from './store';
import { readStored, writeStored } from './storage';

/** Where each sound's switch stands, per device (and, for the phase chime, per surface). */
export type SoundSwitch = 'phaseChime.console' | 'phaseChime.display' | 'flagSound';

let audio: AudioContext | null = null;

function unlock(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No Web Audio: the timer's amber and the flag's badge still say it.
  }
}

/** Unlocks the audio at the next click or key press, for a switch remembered "on" from before. */
function unlockOnNextGesture(): () => void {
  const once = () => {
    unlock();
    stop();
  };
  const stop = () => {
    window.removeEventListener('pointerdown', once);
    window.removeEventListener('keydown', once);
  };
  window.addEventListener('pointerdown', once);
  window.addEventListener('keydown', once);
  return stop;
}

/** Quiet sines that fade in over `attack` seconds and out within half a second. */
function playTones(tones: readonly { frequency: number; delay: number }[], peak: number, attack: number): void {
  if (!audio || audio.state !== 'running') return;
  const context = audio;
  const start = context.currentTime;
  for (const { frequency, delay } of tones) {
    const at = start + delay;
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(peak, at + attack);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
    tone.connect(gain).connect(context.destination);
    tone.start(at);
    tone.stop(at + 0.55);
  }
}

/** One gentle C5, half a second: a cue for the leader, not an alarm for the room. */
export function playPhaseChime(): void {
  playTones([{ frequency: 523.25, delay: 0 }], 0.08, 0.04);
}

/** A falling fourth, quiet and short: noticeable at a laptop, not across the room. */
export function playFlagChime(): void {
  playTones(
    [
      { frequency: 659.25, delay: 0 },
      { frequency: 493.88, delay: 0.18 },
    ],
    0.07,
    0.02,
  );
}

const preferenceKey = (sound: SoundSwitch) => `balint.pref.${sound}`;

/**
 * A sound's switch. `sample` plays once when it is switched on, so the leader hears what to expect
 * and knows the sound works here.
 */
export function useSoundSwitch(sound: SoundSwitch, sample?: () => void): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readStored(preferenceKey(sound)) === 'on');
  useEffect(() => (on ? unlockOnNextGesture() : undefined), [on]);
  const toggle = (next: boolean) => {
    if (next) {
      unlock();
      if (sample) setTimeout(sample, 60);
    }
    // Without storage the choice lasts for this page only.
    writeStored(preferenceKey(sound), next ? 'on' : 'off');
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
