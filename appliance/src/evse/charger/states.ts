/**
 * The session state machine as a table: per state, what happens on entry and which inputs it handles.
 * An input a state does not list is ignored (and logged), which keeps every transition visible here.
 */
import type { ChargerState, SessionEventType, StopReason } from '../../shared/ports/charger.js';
import type { ChargerInputType, InputOf } from './inputs.js';

/** What the table may do; the Charger implements it. */
export interface ChargerContext {
  readonly plugged: boolean;
  readonly requesting: boolean;
  readonly freeCharging: boolean;
  readonly blocked: boolean;
  readonly pausedByEvse: boolean;
  readonly limitA: number;
  readonly disableRequested: boolean;
  emit(type: SessionEventType): void;
  startSession(): void;
  endSession(): void;
  authorizeFree(): void;
  acceptToken(input: InputOf<'Authorized'>): void;
  beginTransaction(): void;
  /** Records why the running transaction stops; the first reason wins. */
  setStopReason(reason: StopReason): void;
  finishTransaction(): void;
  offerCurrent(): void;
  signalPause(): void;
  signalFault(): void;
  powerOn(): void;
  /** Opens the contactors, then feeds PowerOffDone back into the machine. */
  powerOff(urgent: boolean): void;
  unlock(): void;
  startAuthTimer(): void;
  cancelAuthTimer(): void;
  setPausedByEvse(paused: boolean): void;
  setDisableRequested(v: boolean): void;
}

type Handlers = { [K in ChargerInputType]?: (ctx: ChargerContext, input: InputOf<K>) => ChargerState | void };

export interface StateDef {
  enter?(ctx: ChargerContext): ChargerState | void;
  on: Handlers;
}

/** A vehicle arrived (or the EVSE came back with one plugged): start a session and see who may charge. */
function onPlug(ctx: ChargerContext): ChargerState {
  ctx.startSession();
  if (ctx.blocked) return 'Finished';
  if (ctx.freeCharging) {
    ctx.authorizeFree();
    return 'PrepareCharging';
  }
  ctx.emit('AuthRequired');
  return 'WaitingForAuthentication';
}

const stop =
  (reason: StopReason) =>
  (ctx: ChargerContext): ChargerState => {
    ctx.setStopReason(reason);
    return 'StoppingCharging';
  };

const fault = (ctx: ChargerContext, input: InputOf<'Fault'>): ChargerState => {
  ctx.setStopReason(input.reason);
  ctx.signalFault();
  return 'StoppingCharging';
};

/** Handlers every state with a running transaction shares. */
const duringTransaction: Handlers = {
  CarUnplugged: stop('EVDisconnected'),
  StopTransaction: (ctx, i) => stop(i.reason)(ctx),
  Fault: fault,
  Disable: (ctx) => {
    ctx.setDisableRequested(true);
    return stop('Local')(ctx);
  },
};

/** The charger may pause (by request or by a limit below 6 A) from any state that offers current. */
const evsePausable: Handlers = {
  PauseCharging: (ctx) => {
    ctx.setPausedByEvse(true);
    return 'ChargingPausedEVSE';
  },
  LimitChanged: (ctx) => (ctx.limitA < 6 ? 'ChargingPausedEVSE' : ctx.offerCurrent()),
};

const resumed: Handlers = {
  PowerOn: (ctx) => {
    ctx.emit('ChargingResumed');
    return 'Charging';
  },
};

/** Offers current again after an EVSE pause, if nothing still holds the pause. */
function offerIfAllowed(ctx: ChargerContext): void {
  if (ctx.pausedByEvse || ctx.limitA < 6) return;
  ctx.offerCurrent();
  if (ctx.requesting) ctx.powerOn();
}

export const STATES: Record<ChargerState, StateDef> = {
  Disabled: {
    enter: (ctx) => {
      ctx.signalFault();
      ctx.emit('Disabled');
    },
    on: {
      Enable: (ctx) => {
        ctx.setDisableRequested(false);
        ctx.emit('Enabled');
        return ctx.plugged ? onPlug(ctx) : 'Idle';
      },
    },
  },

  Idle: {
    enter: (ctx) => {
      ctx.signalPause();
      ctx.unlock();
    },
    on: {
      CarPluggedIn: onPlug,
      Disable: () => 'Disabled',
    },
  },

  WaitingForAuthentication: {
    enter: (ctx) => ctx.startAuthTimer(),
    on: {
      Authorized: (ctx, input) => {
        ctx.cancelAuthTimer();
        ctx.acceptToken(input);
        return 'PrepareCharging';
      },
      AuthTimeout: (ctx) => {
        ctx.emit('PluginTimeout');
        return 'Finished';
      },
      CarUnplugged: (ctx) => {
        ctx.cancelAuthTimer();
        ctx.endSession();
        return 'Idle';
      },
      Fault: (ctx) => {
        ctx.cancelAuthTimer();
        return 'Finished';
      },
      Disable: (ctx) => {
        ctx.cancelAuthTimer();
        ctx.endSession();
        return 'Disabled';
      },
    },
  },

  PrepareCharging: {
    enter: (ctx) => {
      ctx.beginTransaction();
      ctx.emit('PrepareCharging');
      if (ctx.pausedByEvse || ctx.limitA < 6) return 'ChargingPausedEVSE';
      ctx.offerCurrent();
      if (ctx.requesting) ctx.powerOn();
    },
    on: {
      CarRequestedPower: (ctx) => ctx.powerOn(),
      PowerOn: (ctx) => {
        ctx.emit('ChargingStarted');
        return 'Charging';
      },
      ...evsePausable,
      ...duringTransaction,
    },
  },

  Charging: {
    on: {
      CarRequestedStopPower: (ctx) => {
        ctx.powerOff(false);
        ctx.emit('ChargingPausedEV');
        return 'ChargingPausedEV';
      },
      ...evsePausable,
      ...duringTransaction,
    },
  },

  ChargingPausedEV: {
    on: {
      CarRequestedPower: (ctx) => ctx.powerOn(),
      ...resumed,
      ...evsePausable,
      ...duringTransaction,
    },
  },

  ChargingPausedEVSE: {
    enter: (ctx) => {
      ctx.signalPause();
      ctx.powerOff(false);
      ctx.emit('ChargingPausedEVSE');
    },
    on: {
      ResumeCharging: (ctx) => {
        ctx.setPausedByEvse(false);
        offerIfAllowed(ctx);
      },
      LimitChanged: offerIfAllowed,
      CarRequestedPower: (ctx) => {
        if (!ctx.pausedByEvse && ctx.limitA >= 6) ctx.powerOn();
      },
      ...resumed,
      ...duringTransaction,
    },
  },

  StoppingCharging: {
    enter: (ctx) => {
      ctx.emit('StoppingCharging');
      // Tell the vehicle first (X1 unless a fault holds F), then open once its current has fallen.
      if (!ctx.blocked) ctx.signalPause();
      ctx.powerOff(!ctx.plugged);
    },
    on: {
      // Unplugging during the stop makes it urgent: open without waiting for the current to fall.
      CarUnplugged: (ctx) => ctx.powerOff(true),
      Fault: (ctx) => {
        ctx.signalFault();
        ctx.powerOff(true);
      },
      PowerOffDone: (ctx) => {
        ctx.finishTransaction();
        if (ctx.plugged) return 'Finished';
        ctx.endSession();
        return ctx.disableRequested ? 'Disabled' : 'Idle';
      },
    },
  },

  Finished: {
    enter: (ctx) => {
      ctx.signalPause();
      ctx.unlock();
    },
    on: {
      CarUnplugged: (ctx) => {
        ctx.endSession();
        return ctx.disableRequested ? 'Disabled' : 'Idle';
      },
      Disable: (ctx) => {
        ctx.setDisableRequested(true);
        if (!ctx.plugged) return 'Disabled';
      },
    },
  },
};
