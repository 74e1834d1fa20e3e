// A soft two-note chime for a new flag, off unless the leader turns it on. Browsers only let a page
// make sound after a click, so the audio context is made when the leader switches the sound on.
import { useState } from 'react';

const PREFERENCE_KEY = 'balint.pref.flagSound';
let audio: AudioContext | null = null;

function prime(): void {
  audio ??= new AudioContext();
  void audio.resume();
}

export function playFlagChime(): void {
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  // A falling fourth, quiet and short: noticeable at a laptop, not across the room.
  [659.25, 493.88].forEach((frequency, index) => {
    const at = start + index * 0.18;
    const tone = audio!.createOscillator();
    const gain = audio!.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.07, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
    tone.connect(gain).connect(audio!.destination);
    tone.start(at);
    tone.stop(at + 0.55);
  });
}

function storedPreference(): boolean {
  try {
    return localStorage.getItem(PREFERENCE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function useFlagSound(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    const saved = storedPreference();
    // A remembered "on" still needs a click before the browser plays anything; priming is harmless.
    if (saved) prime();
    return saved;
  });
  const toggle = (next: boolean) => {
    if (next) prime();
    try {
      localStorage.setItem(PREFERENCE_KEY, next ? 'on' : 'off');
    } catch {
      // The choice then lasts for this page only.
    }
    setOn(next);
  };
  return [on, toggle];
}
