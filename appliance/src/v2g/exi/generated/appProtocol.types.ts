// GENERATED FILE — do not edit. Data types for the `appProtocol` EXI grammar,
// derived from ../shared/schemas/appProtocol/V2G_CI_AppProtocol.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { supportedAppProtocolReq: supportedAppProtocolReq_anon }
  | { supportedAppProtocolRes: supportedAppProtocolRes_anon };

export const rootElements = ["supportedAppProtocolReq","supportedAppProtocolRes"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AppProtocol","Priority","ProtocolNamespace","ResponseCode","SchemaID","VersionNumberMajor","VersionNumberMinor","supportedAppProtocolReq","supportedAppProtocolRes"] as const;

export interface supportedAppProtocolReq_anon {
  AppProtocol: Array<AppProtocolType>;
}

export interface AppProtocolType {
  ProtocolNamespace: string;
  VersionNumberMajor: number;
  VersionNumberMinor: number;
  SchemaID: number;
  Priority: number;
}

export interface supportedAppProtocolRes_anon {
  ResponseCode: "OK_SuccessfulNegotiation" | "OK_SuccessfulNegotiationWithMinorDeviation" | "Failed_NoNegotiation";
  SchemaID?: number;
}
