/**
 * Every text the driver can see, in English, German and French. The English table defines the keys; the
 * others are typed against it, so a missing translation does not compile. `{name}` marks a value put in.
 */
export type Lang = 'en' | 'de' | 'fr';

export const LANGS: readonly Lang[] = ['en', 'de', 'fr'];

/** Each language names itself on its button, so a driver finds theirs whatever is shown. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

const en = {
  'app.loading': 'Connecting to the charger…',
  'app.offline': 'No connection to the charger. Reconnecting…',
  'app.denied': 'This screen may not read the charger: its API token was refused.',
  'app.language': 'Language',
  'app.evse': 'Charging point {n}',

  'ready.title': 'Ready to charge',
  'ready.message': 'Plug in your vehicle',
  'ready.card': 'You can also hold your card to the reader first.',
  'ready.price': 'Price',
  'ready.available': 'Connector available',
  'ready.refused': 'Card refused ({reason}).',

  'authorize.title': 'Present your card',
  'authorize.message': 'Hold your charging card to the reader to start charging.',
  'authorize.checking': 'Checking your card…',
  'authorize.refused': 'Card refused ({reason}). Try another card.',
  'authorize.timeout': 'Time ran out. Unplug the vehicle and plug it in again.',
  'authorize.pncProgress': 'Plug & Charge in progress…',
  'authorize.pncUnavailable': 'Plug & Charge not available',

  'preparing.title': 'Preparing to charge',
  'preparing.authorized': 'Authorized',
  'preparing.plugIn': 'Plug in your vehicle to start charging.',
  'preparing.message': 'Waiting for the vehicle to start charging.',
  'preparing.stage': 'Step',
  'stage.connecting': 'Connecting to the vehicle',
  'stage.cableCheck': 'Cable check',
  'stage.preCharge': 'Pre-charge',
  'stage.progress': '{present} of {target}',

  'charging.title': 'Charging',
  'charging.stopping': 'Stopping…',
  'charging.elapsed': 'Time',
  'charging.power': 'Power',
  'charging.energy': 'Energy',
  'charging.soc': 'Battery',
  'charging.limit': 'Limit',
  'charging.limitMax': 'max. {value}',
  'chart.label': 'Power during this session',

  'paused.title': 'Charging paused',
  'paused.byVehicle': 'Paused by the vehicle',
  'paused.byCharger': 'Paused by the charger',

  'finished.title': 'Charging finished',
  'finished.protocol': 'Protocol',
  'finished.duration': 'Duration',
  'finished.energy': 'Energy',
  'finished.cost': 'Cost',
  'finished.unplug': 'Unplug to finish',
  'finished.thanks': 'Thank you!',
  'finished.done': 'Done',

  'protocol.IEC61851': 'IEC 61851 (basic charging)',
  'protocol.DIN70121': 'DIN 70121',
  'protocol.ISO15118': 'ISO 15118-2',
  'protocol.ISO15118_20': 'ISO 15118-20',
  'protocol.Unknown': 'not known',

  'unavailable.title': 'Not available',
  'unavailable.disabled': 'This charging point is out of service.',
  'unavailable.unplug': 'Unplug the vehicle to start again.',
  'unavailable.unknown': 'There is no such charging point.',
  'unavailable.reservedTitle': 'Reserved',
  'unavailable.reserved': 'This charging point is reserved.',

  'oos.title': 'Out of service',
  'oos.message': 'Charging is not possible at the moment. Please use another charging point.',

  'error.bsp/DiodeFault': "The vehicle's charging signal is faulty.",
  'error.bsp/CpShort': "The charging cable's signal line is short-circuited.",
  'error.bsp/RcdTrip': 'A safety switch tripped: residual current was detected.',
  'error.bsp/LockFailure': 'The connector could not be locked.',
  'error.bsp/ContactorWelded': "The charger's power switch is stuck.",
  'error.bsp/Overcurrent': 'The vehicle drew too much current.',
  'error.bsp/VentilationNotAvailable': 'The vehicle needs ventilation, which this charger cannot provide.',
  'error.bsp/CpInvalidState': 'The vehicle sent a signal the charger does not understand.',
  'error.evse/PowerOffUnderLoad': 'Power was cut while charging.',
  'error.dc/IsolationFault': 'An insulation fault was found on the cable or the vehicle.',
  'error.v2g/SessionFailed': 'Communication with the vehicle failed.',
  'error.evse/MeterCommunicationFault': 'The energy meter cannot be read.',
  'error.supervisor/CapabilityFailed': "A part of the charger's software has failed.",
  'error.supervisor/DatabaseUnavailable': 'The charger cannot store its records.',
  'error.unknown': 'A fault stops charging at this charging point.',

  'demo.title': 'Demo (simulated board)',
  'demo.plugAcBasic': 'Plug in AC (basic)',
  'demo.plugIso2Ac': 'Plug in AC (ISO 15118-2)',
  'demo.plugDinDc': 'Plug in DC (DIN 70121)',
  'demo.plugIso2Dc': 'Plug in DC (ISO 15118-2)',
  'demo.unplug': 'Unplug',
  'demo.token': 'Card DEADBEEF',
  'demo.tokenBlocked': 'Blocked card',
  'demo.faultRcd': 'Trip the RCD',
  'demo.clearFault': 'Clear the fault',
  'demo.failed': 'Not done: {error}',
} as const;

export type TextKey = keyof typeof en;
export type Texts = Readonly<Record<TextKey, string>>;

const de: Texts = {
  'app.loading': 'Verbindung zur Ladestation wird aufgebaut…',
  'app.offline': 'Keine Verbindung zur Ladestation. Neuer Versuch läuft…',
  'app.denied': 'Dieser Bildschirm darf die Ladestation nicht lesen: sein API-Token wurde abgelehnt.',
  'app.language': 'Sprache',
  'app.evse': 'Ladepunkt {n}',

  'ready.title': 'Bereit zum Laden',
  'ready.message': 'Stecken Sie Ihr Fahrzeug an',
  'ready.card': 'Sie können auch zuerst Ihre Karte an das Lesegerät halten.',
  'ready.price': 'Preis',
  'ready.available': 'Anschluss frei',
  'ready.refused': 'Karte abgelehnt ({reason}).',

  'authorize.title': 'Karte vorzeigen',
  'authorize.message': 'Halten Sie Ihre Ladekarte an das Lesegerät, um den Ladevorgang zu starten.',
  'authorize.checking': 'Ihre Karte wird geprüft…',
  'authorize.refused': 'Karte abgelehnt ({reason}). Versuchen Sie eine andere Karte.',
  'authorize.timeout': 'Die Zeit ist abgelaufen. Ziehen Sie den Stecker und stecken Sie das Fahrzeug erneut an.',
  'authorize.pncProgress': 'Plug & Charge läuft…',
  'authorize.pncUnavailable': 'Plug & Charge nicht verfügbar',

  'preparing.title': 'Laden wird vorbereitet',
  'preparing.authorized': 'Freigegeben',
  'preparing.plugIn': 'Stecken Sie Ihr Fahrzeug an, um den Ladevorgang zu starten.',
  'preparing.message': 'Warten, bis das Fahrzeug mit dem Laden beginnt.',
  'preparing.stage': 'Schritt',
  'stage.connecting': 'Verbindung zum Fahrzeug',
  'stage.cableCheck': 'Kabelprüfung',
  'stage.preCharge': 'Vorladung',
  'stage.progress': '{present} von {target}',

  'charging.title': 'Lädt',
  'charging.stopping': 'Wird beendet…',
  'charging.elapsed': 'Zeit',
  'charging.power': 'Leistung',
  'charging.energy': 'Energie',
  'charging.soc': 'Batterie',
  'charging.limit': 'Grenze',
  'charging.limitMax': 'max. {value}',
  'chart.label': 'Leistung in diesem Ladevorgang',

  'paused.title': 'Laden pausiert',
  'paused.byVehicle': 'Vom Fahrzeug pausiert',
  'paused.byCharger': 'Von der Ladestation pausiert',

  'finished.title': 'Laden beendet',
  'finished.protocol': 'Protokoll',
  'finished.duration': 'Dauer',
  'finished.energy': 'Energie',
  'finished.cost': 'Kosten',
  'finished.unplug': 'Stecker ziehen zum Beenden',
  'finished.thanks': 'Vielen Dank!',
  'finished.done': 'Fertig',

  'protocol.IEC61851': 'IEC 61851 (Basisladen)',
  'protocol.DIN70121': 'DIN 70121',
  'protocol.ISO15118': 'ISO 15118-2',
  'protocol.ISO15118_20': 'ISO 15118-20',
  'protocol.Unknown': 'unbekannt',

  'unavailable.title': 'Nicht verfügbar',
  'unavailable.disabled': 'Dieser Ladepunkt ist außer Betrieb.',
  'unavailable.unplug': 'Ziehen Sie den Stecker, um neu zu beginnen.',
  'unavailable.unknown': 'Diesen Ladepunkt gibt es nicht.',
  'unavailable.reservedTitle': 'Reserviert',
  'unavailable.reserved': 'Dieser Ladepunkt ist reserviert.',

  'oos.title': 'Außer Betrieb',
  'oos.message': 'Laden ist im Moment nicht möglich. Bitte nutzen Sie einen anderen Ladepunkt.',

  'error.bsp/DiodeFault': 'Das Ladesignal des Fahrzeugs ist fehlerhaft.',
  'error.bsp/CpShort': 'Die Signalleitung des Ladekabels hat einen Kurzschluss.',
  'error.bsp/RcdTrip': 'Ein Schutzschalter hat ausgelöst: Fehlerstrom erkannt.',
  'error.bsp/LockFailure': 'Der Stecker konnte nicht verriegelt werden.',
  'error.bsp/ContactorWelded': 'Der Leistungsschalter der Ladestation klemmt.',
  'error.bsp/Overcurrent': 'Das Fahrzeug hat zu viel Strom gezogen.',
  'error.bsp/VentilationNotAvailable': 'Das Fahrzeug braucht eine Belüftung, die diese Ladestation nicht bietet.',
  'error.bsp/CpInvalidState': 'Das Fahrzeug sendet ein Signal, das die Ladestation nicht versteht.',
  'error.evse/PowerOffUnderLoad': 'Der Strom wurde während des Ladens abgeschaltet.',
  'error.dc/IsolationFault': 'Am Kabel oder am Fahrzeug wurde ein Isolationsfehler gefunden.',
  'error.v2g/SessionFailed': 'Die Kommunikation mit dem Fahrzeug ist fehlgeschlagen.',
  'error.evse/MeterCommunicationFault': 'Der Energiezähler kann nicht gelesen werden.',
  'error.supervisor/CapabilityFailed': 'Ein Teil der Software der Ladestation ist ausgefallen.',
  'error.supervisor/DatabaseUnavailable': 'Die Ladestation kann ihre Daten nicht speichern.',
  'error.unknown': 'Eine Störung verhindert das Laden an diesem Ladepunkt.',

  'demo.title': 'Demo (simulierte Hardware)',
  'demo.plugAcBasic': 'AC anstecken (Basis)',
  'demo.plugIso2Ac': 'AC anstecken (ISO 15118-2)',
  'demo.plugDinDc': 'DC anstecken (DIN 70121)',
  'demo.plugIso2Dc': 'DC anstecken (ISO 15118-2)',
  'demo.unplug': 'Abstecken',
  'demo.token': 'Karte DEADBEEF',
  'demo.tokenBlocked': 'Gesperrte Karte',
  'demo.faultRcd': 'FI auslösen',
  'demo.clearFault': 'Störung beheben',
  'demo.failed': 'Nicht ausgeführt: {error}',
};

const fr: Texts = {
  'app.loading': 'Connexion à la borne…',
  'app.offline': 'Pas de connexion à la borne. Nouvelle tentative en cours…',
  'app.denied': "Cet écran n'a pas le droit de lire la borne : son jeton d'API a été refusé.",
  'app.language': 'Langue',
  'app.evse': 'Point de charge {n}',

  'ready.title': 'Prêt à charger',
  'ready.message': 'Branchez votre véhicule',
  'ready.card': "Vous pouvez aussi présenter d'abord votre carte au lecteur.",
  'ready.price': 'Prix',
  'ready.available': 'Prise disponible',
  'ready.refused': 'Carte refusée ({reason}).',

  'authorize.title': 'Présentez votre carte',
  'authorize.message': 'Présentez votre carte de recharge au lecteur pour commencer la charge.',
  'authorize.checking': 'Vérification de votre carte…',
  'authorize.refused': 'Carte refusée ({reason}). Essayez une autre carte.',
  'authorize.timeout': 'Le délai est écoulé. Débranchez le véhicule et rebranchez-le.',
  'authorize.pncProgress': 'Plug & Charge en cours…',
  'authorize.pncUnavailable': 'Plug & Charge non disponible',

  'preparing.title': 'Préparation de la charge',
  'preparing.authorized': 'Autorisé',
  'preparing.plugIn': 'Branchez votre véhicule pour commencer la charge.',
  'preparing.message': 'En attente du début de la charge par le véhicule.',
  'preparing.stage': 'Étape',
  'stage.connecting': 'Connexion au véhicule',
  'stage.cableCheck': 'Vérification du câble',
  'stage.preCharge': 'Précharge',
  'stage.progress': '{present} sur {target}',

  'charging.title': 'En charge',
  'charging.stopping': 'Arrêt en cours…',
  'charging.elapsed': 'Durée',
  'charging.power': 'Puissance',
  'charging.energy': 'Énergie',
  'charging.soc': 'Batterie',
  'charging.limit': 'Limite',
  'charging.limitMax': 'max. {value}',
  'chart.label': 'Puissance pendant cette charge',

  'paused.title': 'Charge en pause',
  'paused.byVehicle': 'Mise en pause par le véhicule',
  'paused.byCharger': 'Mise en pause par la borne',

  'finished.title': 'Charge terminée',
  'finished.protocol': 'Protocole',
  'finished.duration': 'Durée',
  'finished.energy': 'Énergie',
  'finished.cost': 'Coût',
  'finished.unplug': 'Débranchez pour terminer',
  'finished.thanks': 'Merci !',
  'finished.done': 'Terminé',

  'protocol.IEC61851': 'IEC 61851 (charge de base)',
  'protocol.DIN70121': 'DIN 70121',
  'protocol.ISO15118': 'ISO 15118-2',
  'protocol.ISO15118_20': 'ISO 15118-20',
  'protocol.Unknown': 'inconnu',

  'unavailable.title': 'Indisponible',
  'unavailable.disabled': 'Ce point de charge est hors service.',
  'unavailable.unplug': 'Débranchez le véhicule pour recommencer.',
  'unavailable.unknown': "Ce point de charge n'existe pas.",
  'unavailable.reservedTitle': 'Réservé',
  'unavailable.reserved': 'Ce point de charge est réservé.',

  'oos.title': 'Hors service',
  'oos.message': 'La charge est impossible pour le moment. Veuillez utiliser un autre point de charge.',

  'error.bsp/DiodeFault': 'Le signal de charge du véhicule est défectueux.',
  'error.bsp/CpShort': 'La ligne de signal du câble de charge est en court-circuit.',
  'error.bsp/RcdTrip': 'Un disjoncteur de protection a déclenché : courant de fuite détecté.',
  'error.bsp/LockFailure': "La prise n'a pas pu être verrouillée.",
  'error.bsp/ContactorWelded': 'Le contacteur de puissance de la borne est bloqué.',
  'error.bsp/Overcurrent': 'Le véhicule a consommé trop de courant.',
  'error.bsp/VentilationNotAvailable': "Le véhicule a besoin d'une ventilation que cette borne ne fournit pas.",
  'error.bsp/CpInvalidState': 'Le véhicule envoie un signal que la borne ne comprend pas.',
  'error.evse/PowerOffUnderLoad': "L'alimentation a été coupée pendant la charge.",
  'error.dc/IsolationFault': "Un défaut d'isolement a été détecté sur le câble ou le véhicule.",
  'error.v2g/SessionFailed': 'La communication avec le véhicule a échoué.',
  'error.evse/MeterCommunicationFault': "Le compteur d'énergie ne peut pas être lu.",
  'error.supervisor/CapabilityFailed': 'Une partie du logiciel de la borne est en panne.',
  'error.supervisor/DatabaseUnavailable': 'La borne ne peut pas enregistrer ses données.',
  'error.unknown': 'Une panne empêche la charge à ce point de charge.',

  'demo.title': 'Démo (matériel simulé)',
  'demo.plugAcBasic': 'Brancher en AC (base)',
  'demo.plugIso2Ac': 'Brancher en AC (ISO 15118-2)',
  'demo.plugDinDc': 'Brancher en DC (DIN 70121)',
  'demo.plugIso2Dc': 'Brancher en DC (ISO 15118-2)',
  'demo.unplug': 'Débrancher',
  'demo.token': 'Carte DEADBEEF',
  'demo.tokenBlocked': 'Carte bloquée',
  'demo.faultRcd': 'Déclencher le différentiel',
  'demo.clearFault': 'Supprimer la panne',
  'demo.failed': 'Non effectué : {error}',
};

export const TEXTS: Readonly<Record<Lang, Texts>> = { en, de, fr };

/** The text for `key` in `lang`, with `{name}` replaced by vars[name] (left as is when vars lacks it). */
export function translate(lang: Lang, key: TextKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The key for an error type in plain words; types this HMI does not know get the generic text. */
export function errorTextKey(type: string): TextKey {
  const key = `error.${type}`;
  return Object.hasOwn(en, key) ? (key as TextKey) : 'error.unknown';
}

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The first of the browser's preferred languages the HMI speaks; English otherwise. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const p of preferred) {
    const base = p.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
