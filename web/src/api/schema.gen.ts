// GENERATED FILE, do not edit: the server's OpenAPI document (/api/openapi.json) as TypeScript,
// written by `npm run gen:api` (src/server/api-contract.ts, openapi-typescript). A test fails when it is stale.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                locale: "zh-CN" | "en";
                            };
                            roles: components["schemas"]["Role"][];
                            organisation: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                                type: components["schemas"]["OrgType"];
                                creditCode: string | null;
                                parkId: string | null;
                            } | null;
                            parkScope: {
                                all: boolean;
                                parks: {
                                    id: string;
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                }[];
                            };
                            businessTime: {
                                timezone: string;
                                today: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, roles, organisation and park scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                locale: "zh-CN" | "en";
                            };
                            roles: components["schemas"]["Role"][];
                            organisation: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                                type: components["schemas"]["OrgType"];
                                creditCode: string | null;
                                parkId: string | null;
                            } | null;
                            parkScope: {
                                all: boolean;
                                parks: {
                                    id: string;
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                }[];
                            };
                            businessTime: {
                                timezone: string;
                                today: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user as GET /me presents it, or null when no one is signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                user: {
                                    id: string;
                                    email: string;
                                    displayName: string;
                                    /** @enum {string} */
                                    locale: "zh-CN" | "en";
                                };
                                roles: components["schemas"]["Role"][];
                                organisation: {
                                    id: string;
                                    name: string;
                                    nameEn: string | null;
                                    type: components["schemas"]["OrgType"];
                                    creditCode: string | null;
                                    parkId: string | null;
                                } | null;
                                parkScope: {
                                    all: boolean;
                                    parks: {
                                        id: string;
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    }[];
                                };
                                businessTime: {
                                    timezone: string;
                                    today: string;
                                };
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parks visible to the caller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                nameEn: string;
                                regionCode: string;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                                enterpriseCount: number;
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a park (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn: string;
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            nameEn: string;
                            regionCode: string;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            enterpriseCount: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a park (operator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        nameEn?: string;
                        regionCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            nameEn: string;
                            regionCode: string;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            enterpriseCount: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/parks/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a park (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            nameEn: string;
                            regionCode: string;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            enterpriseCount: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Financial institutions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    type?: components["schemas"]["InstitutionTypeInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                                type: components["schemas"]["InstitutionType"];
                                creditCode: string | null;
                                regionCode: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an institution (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        nameEn?: string | null;
                        type: components["schemas"]["InstitutionTypeInput"];
                        creditCode: string;
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            nameEn: string | null;
                            type: components["schemas"]["InstitutionType"];
                            creditCode: string | null;
                            regionCode: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One institution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            nameEn: string | null;
                            type: components["schemas"]["InstitutionType"];
                            creditCode: string | null;
                            regionCode: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an institution (operator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        nameEn?: string | null;
                        type?: components["schemas"]["InstitutionTypeInput"];
                        regionCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            nameEn: string | null;
                            type: components["schemas"]["InstitutionType"];
                            creditCode: string | null;
                            regionCode: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/institutions/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an institution (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            nameEn: string | null;
                            type: components["schemas"]["InstitutionType"];
                            creditCode: string | null;
                            regionCode: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            nameEn: string | null;
                            type: components["schemas"]["OrgType"];
                            creditCode: string | null;
                            regionCode: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            createdAt: string;
                            parkId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users (operator) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: components["schemas"]["RoleInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                email: string;
                                displayName: string;
                                phone: string | null;
                                /** @enum {string} */
                                locale: "zh-CN" | "en";
                                /** @enum {string} */
                                status: "active" | "deactivated";
                                memberships: {
                                    role: components["schemas"]["Role"];
                                    organisationId: string;
                                    organisationName: string;
                                    organisationType: components["schemas"]["OrgType"];
                                    parkId: string | null;
                                }[];
                                createdAt: string;
                                lastLoginAt: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user with a role in an organisation (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        displayName: string;
                        password: string;
                        role: components["schemas"]["RoleInput"];
                        /** Format: uuid */
                        organisationId?: string;
                        /** Format: uuid */
                        parkId?: string;
                        phone?: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            displayName: string;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            memberships: {
                                role: components["schemas"]["Role"];
                                organisationId: string;
                                organisationName: string;
                                organisationType: components["schemas"]["OrgType"];
                                parkId: string | null;
                            }[];
                            createdAt: string;
                            lastLoginAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (operator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en";
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            displayName: string;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            memberships: {
                                role: components["schemas"]["Role"];
                                organisationId: string;
                                organisationName: string;
                                organisationType: components["schemas"]["OrgType"];
                                parkId: string | null;
                            }[];
                            createdAt: string;
                            lastLoginAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user and end their sessions (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            displayName: string;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            memberships: {
                                role: components["schemas"]["Role"];
                                organisationId: string;
                                organisationName: string;
                                organisationType: components["schemas"]["OrgType"];
                                parkId: string | null;
                            }[];
                            createdAt: string;
                            lastLoginAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises of the caller's parks: search, filters and paging */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    parkId?: string;
                    industryCode?: string;
                    qualification?: "hnte" | "tech_sme" | "specialized_sme" | "little_giant" | "provincial_rd_platform";
                    employeesMin?: number;
                    employeesMax?: number;
                    completenessMin?: number;
                    completenessMax?: number;
                    /** @description grade of the latest rating; none: not rated yet */
                    grade?: "AAA" | "AA" | "A" | "BBB" | "BB" | "B" | "CCC" | "CC" | "C" | "none";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string;
                                name: string;
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                industryCode: string;
                                industryName: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                                ratingBand: string | null;
                                id: string;
                                regionCode: string;
                                foundedOn: string;
                                admittedOn: string | null;
                                registeredCapitalFen: number;
                                employees: number;
                                legalRepresentative: string;
                                address: string;
                                completeness: number;
                                source: string;
                                sourceDate: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an enterprise in a park (park administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCode: string;
                        name: string;
                        /** Format: uuid */
                        parkId: string;
                        industryCode: string;
                        regionCode: string;
                        /** Format: date */
                        foundedOn: string;
                        /** Format: date */
                        admittedOn?: string | null;
                        registeredCapitalFen: number;
                        employees: number;
                        legalRepresentative: string;
                        address: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            name: string;
                            parkId: string;
                            parkCode: string;
                            parkName: string;
                            industryCode: string;
                            industryName: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            ratingBand: string | null;
                            id: string;
                            regionCode: string;
                            foundedOn: string;
                            admittedOn: string | null;
                            registeredCapitalFen: number;
                            employees: number;
                            legalRepresentative: string;
                            address: string;
                            completeness: number;
                            source: string;
                            sourceDate: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise directory: name, industry, park and rating band of every enterprise */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    parkId?: string;
                    industryCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string;
                                name: string;
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                industryCode: string;
                                industryName: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                                ratingBand: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise: the summary for anyone signed in; the full profile for the enterprise, its park administrators and (for granted categories) grantees */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            name: string;
                            parkId: string;
                            parkCode: string;
                            parkName: string;
                            industryCode: string;
                            industryName: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            ratingBand: string | null;
                            id?: string;
                            regionCode?: string;
                            foundedOn?: string;
                            admittedOn?: string | null;
                            registeredCapitalFen?: number;
                            employees?: number;
                            legalRepresentative?: string;
                            address?: string;
                            completeness?: unknown;
                            source?: string;
                            sourceDate?: string;
                            /** @enum {string} */
                            view: "full" | "granted" | "summary";
                            categories: string[];
                            profile?: {
                                [key: string]: {
                                    [key: string]: unknown;
                                }[];
                            };
                            criteria?: components["schemas"]["CriteriaCheck"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the registration (its park administrator or its own users) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        industryCode?: string;
                        regionCode?: string;
                        /** Format: date */
                        foundedOn?: string;
                        /** Format: date */
                        admittedOn?: string | null;
                        registeredCapitalFen?: number;
                        employees?: number;
                        legalRepresentative?: string;
                        address?: string;
                        /** @enum {string} */
                        status?: "active" | "deactivated";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            name: string;
                            parkId: string;
                            parkCode: string;
                            parkName: string;
                            industryCode: string;
                            industryName: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                            ratingBand: string | null;
                            id: string;
                            regionCode: string;
                            foundedOn: string;
                            admittedOn: string | null;
                            registeredCapitalFen: number;
                            employees: number;
                            legalRepresentative: string;
                            address: string;
                            completeness: number;
                            source: string;
                            sourceDate: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/financials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yearly financial statements with ratios (institutions need a grant covering financials) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/financials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the financials section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            year: number;
                            revenueFen?: number | null;
                            costOfSalesFen?: number | null;
                            operatingProfitFen?: number | null;
                            netProfitFen?: number | null;
                            totalAssetsFen?: number | null;
                            totalLiabilitiesFen?: number | null;
                            currentAssetsFen?: number | null;
                            currentLiabilitiesFen?: number | null;
                            cashFen?: number | null;
                            operatingCashFlowFen?: number | null;
                            rdExpenseFen?: number | null;
                            rdExpenseDomesticFen?: number | null;
                            taxPaidFen?: number | null;
                            highTechRevenueFen?: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the people section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            month: string;
                            employees: number | null;
                            stStaff: number | null;
                            rdStaff: number | null;
                            postgradStaff: number | null;
                            socialInsuranceHeadcount: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the ip section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "invention_patent" | "utility_model" | "design_patent" | "software_copyright" | "ic_layout" | "plant_variety" | "new_drug" | "trademark" | "standard" | "award";
                            number: string;
                            title: string;
                            /** @enum {string} */
                            status: "pending" | "granted" | "lapsed";
                            /** Format: date */
                            appliedOn: string | null;
                            /** Format: date */
                            grantedOn: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the qualifications section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "hnte" | "tech_sme" | "specialized_sme" | "little_giant" | "provincial_rd_platform";
                            certificateNo: string;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/taxGrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the taxGrades section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            year: number;
                            /** @enum {string} */
                            grade: "A" | "B" | "M" | "C" | "D";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/complianceEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the complianceEvents section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "legal_case" | "administrative_penalty" | "abnormal_operation" | "serious_dishonesty";
                            reference: string;
                            /** Format: date */
                            occurredOn: string;
                            /** Format: date */
                            resolvedOn: string | null;
                            amountFen: number | null;
                            description: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/equityRounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the equityRounds section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** Format: date */
                            closedOn: string;
                            round: string;
                            amountFen: number;
                            postMoneyValuationFen?: number | null;
                            investors: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/profile/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the loans section (the enterprise itself or its park administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            lender: string;
                            amountFen: number;
                            /** Format: date */
                            startedOn: string;
                            /** Format: date */
                            maturesOn: string;
                            /** @enum {string} */
                            status: "current" | "repaid" | "overdue";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                            changed: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise's grants (an institution sees those made to it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                institutionId: string;
                                institutionName: string;
                                categories: string[];
                                purpose: string;
                                /** @enum {string|null} */
                                purposeCode: "grant.application" | null;
                                purposeParams: {
                                    productName: string;
                                } | null;
                                expiresOn: string;
                                createdAt: string;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "active" | "expired" | "revoked";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Grant an institution access to data categories (the enterprise) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        institutionId: string;
                        categories: ("registration" | "financials" | "people" | "ip" | "qualifications" | "compliance" | "financing" | "data_room")[];
                        purpose: string;
                        /** Format: date */
                        expiresOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            categories: string[];
                            purpose: string;
                            /** @enum {string|null} */
                            purposeCode: "grant.application" | null;
                            purposeParams: {
                                productName: string;
                            } | null;
                            expiresOn: string;
                            createdAt: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a grant (the enterprise) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            revokedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reads of detailed data by institutions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                at: string;
                                institutionId: string;
                                institutionName: string;
                                userEmail: string | null;
                                category: string;
                                grantId: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/star-readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** STAR Market (科创板) readiness: the attributes and the five listing standards, each indicator with its gap and the years until it closes */
        get: {
            parameters: {
                query?: {
                    /** @description The expected market value the user set, in fen, in place of the last round’s post-money valuation */
                    marketValueFen?: number;
                };
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StarReadiness"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/star-readiness.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The STAR Market readiness report as a PDF */
        get: {
            parameters: {
                query?: {
                    /** @description The expected market value the user set, in fen, in place of the last round’s post-money valuation */
                    marketValueFen?: number;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/granted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An institution's portfolio view: latest ratings of the enterprises that granted it access */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string;
                                name: string;
                                score: number;
                                grade: string;
                                pd: number;
                                ratedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Model versions and the grade distribution of the latest ratings (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "expert" | "scorecard" | "gbdt";
                                version: string;
                                /** @enum {string} */
                                status: "draft" | "shadow" | "active" | "retired";
                                metrics: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                activatedAt: string | null;
                            }[];
                            grades: {
                                grade: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model version with its parameters (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "expert" | "scorecard" | "gbdt";
                            version: string;
                            /** @enum {string} */
                            status: "draft" | "shadow" | "active" | "retired";
                            metrics: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            activatedAt: string | null;
                            parameters: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Train draft models from a CSV (multipart: file, label, positive, kind, holdout, seed) and backtest them (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            positives: number;
                            models: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}/shadow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a version in shadow beside the active model (champion/challenger, operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "expert" | "scorecard" | "gbdt";
                            version: string;
                            /** @enum {string} */
                            status: "draft" | "shadow" | "active" | "retired";
                            metrics: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            activatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/stability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Population stability index of the rated population between two dates (operator) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            enterprisesFrom: number;
                            enterprisesTo: number;
                            psi: number | null;
                            bins: {
                                upper: number | null;
                                expected: number;
                                actual: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shadow version against the active one on the same snapshots: agreement, grade migration, PSI (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            enterprises: number;
                            meanScoreDifference: number | null;
                            sameGrade: number | null;
                            withinOneNotch: number | null;
                            psi: number | null;
                            migration: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a version the active model (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "expert" | "scorecard" | "gbdt";
                            version: string;
                            /** @enum {string} */
                            status: "draft" | "shadow" | "active" | "retired";
                            metrics: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            activatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent scoring jobs (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                done: number;
                                total: number;
                                startedAt: string;
                                finishedAt: string | null;
                                modelVersion: string | null;
                                /** @description why it failed: a code of the error catalogue, translated with errorParams */
                                errorCode: string | null;
                                errorParams: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description the technical detail of a failure (the exception's message, English) */
                                error: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Rate every enterprise with the active model, in the background (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            done: number;
                            total: number;
                            startedAt: string;
                            finishedAt: string | null;
                            modelVersion: string | null;
                            /** @description why it failed: a code of the error catalogue, translated with errorParams */
                            errorCode: string | null;
                            errorParams: {
                                [key: string]: unknown;
                            } | null;
                            /** @description the technical detail of a failure (the exception's message, English) */
                            error: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scoring job with its progress (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            done: number;
                            total: number;
                            startedAt: string;
                            finishedAt: string | null;
                            modelVersion: string | null;
                            /** @description why it failed: a code of the error catalogue, translated with errorParams */
                            errorCode: string | null;
                            errorParams: {
                                [key: string]: unknown;
                            } | null;
                            /** @description the technical detail of a failure (the exception's message, English) */
                            error: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest rating with its factors (the enterprise, its park, the operator, and grantees) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            score: number;
                            grade: string;
                            pd: number;
                            modelVersion: string;
                            ratedAt: string;
                            /** @description 0–100 per dimension, and the stage the model read */
                            dimensions: {
                                innovation?: number;
                                financial?: number;
                                compliance?: number;
                                stage?: components["schemas"]["Stage"];
                            } & {
                                [key: string]: unknown;
                            };
                            factors: {
                                feature: string;
                                nameZh: string;
                                nameEn: string;
                                value: number | null;
                                points: number;
                                /** @enum {string} */
                                direction: "up" | "down";
                            }[];
                            creditLimit: {
                                amountFen: number;
                                basis: string;
                                /** @enum {string|null} */
                                basisCode: "limit.none" | "limit.revenue_ip" | null;
                                basisParams: {
                                    [key: string]: string | number;
                                } | null;
                            };
                            snapshotId: string;
                            improvements: {
                                feature: string;
                                nameZh: string;
                                nameEn: string;
                                from: number | null;
                                to: number;
                                scoreGain: number;
                                /** @description the grade after the change, only when it changes */
                                gradeAfter: string | null;
                                gradeSteps: number;
                                adviceZh: string;
                                adviceEn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports issued for an enterprise, newest first (an institution sees those issued to it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                reportId: string;
                                digest: string;
                                issuedAt: string;
                                validUntil: string;
                                /** @enum {string} */
                                language: "zh-CN" | "en";
                                downloadUrl: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue a PDF credit report from the latest rating (the enterprise, its park, the operator, and grantees) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default zh-CN
                         * @enum {string}
                         */
                        language?: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reportId: string;
                            digest: string;
                            issuedAt: string;
                            validUntil: string;
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            downloadUrl: string;
                            /** @description What the PDF’s link and QR code open */
                            verifyUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an issued report as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Is a report genuine and unaltered? Needs no sign-in and answers only true or false */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        reportId: string;
                        digest: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            genuine: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The empty template of a kind, as .xlsx or .csv */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import history */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "profiles" | "financials" | "ip" | "staff";
                                fileName: string;
                                fileSha256: string;
                                /** @enum {string} */
                                mode: "all_or_nothing" | "valid_rows";
                                dryRun: boolean;
                                /** @enum {string} */
                                status: "imported" | "rejected" | "dry_run";
                                rows: number;
                                valid: number;
                                imported: number;
                                actorEmail: string | null;
                                at: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a spreadsheet (multipart: kind, mode, dryRun, parkCode, file) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string | null;
                            /** @enum {string} */
                            kind: "profiles" | "financials" | "ip" | "staff";
                            fileSha256: string;
                            rows: number;
                            valid: number;
                            imported: number;
                            changed: number;
                            /** @enum {string} */
                            status: "imported" | "rejected" | "dry_run";
                            errors: {
                                row: number;
                                column: string;
                                code: string;
                                params: {
                                    [key: string]: string | number | (string | number)[];
                                };
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first: the operator all of it, a park administrator their parks’ (people outside their organisation shown as the organisation) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description the action family: auth, enterprise, application, loan… */
                    family?: components["schemas"]["AuditFamilyInput"];
                    action?: string;
                    /** @description part of the actor’s name or e-mail */
                    actor?: string;
                    targetType?: string;
                    targetId?: string;
                    /** @description first business day (KEJIN_TIMEZONE) */
                    from?: string;
                    /** @description last business day (KEJIN_TIMEZONE) */
                    to?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEvent"][];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of audit actions by family, and target types, in words */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditCatalogue"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/match-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facts eligibility rules may use, with their operators (for the rule builder) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MatchFact"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many rated enterprises a rule set lets through, per park (default: all parks) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rules: ({
                            fact: string;
                            /** @enum {string} */
                            op: "gte";
                            value: number | string;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "lte";
                            value: number | string;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "between";
                            min: number;
                            max: number;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "in";
                            values: string[];
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "not_in";
                            values: string[];
                        })[];
                        parkCodes?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eligible: number;
                            total: number;
                            byPark: {
                                parkCode: string;
                                eligible: number;
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product supermarket: filters, sorting and paging; each caller sees the products offered to them (officers: mine=true for their own in any status) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    kind?: components["schemas"]["ProductKindInput"];
                    loanType?: components["schemas"]["LoanTypeInput"];
                    institutionId?: string;
                    amountFen?: number;
                    termMonths?: number;
                    security?: components["schemas"]["SecurityKindInput"];
                    status?: components["schemas"]["ProductStatusInput"];
                    mine?: "true" | "false";
                    sort?: "cost" | "turnaround" | "newest";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                institutionId: string;
                                institutionName: string;
                                kind: components["schemas"]["ProductKind"];
                                loanType: components["schemas"]["LoanType"] | null;
                                name: string;
                                nameEn: string | null;
                                description: string;
                                status: components["schemas"]["ProductStatus"];
                                version: number;
                                terms: {
                                    amountMinFen: number;
                                    amountMaxFen: number;
                                    termMinMonths: number | null;
                                    termMaxMonths: number | null;
                                    rate: {
                                        lprTenor: components["schemas"]["LprTenor"];
                                        spreadMinBp: number;
                                        spreadMaxBp: number;
                                    } | null;
                                    feeRate: number | null;
                                    coverRatio: number | null;
                                    repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                    security: components["schemas"]["SecurityKind"][];
                                    turnaroundDays: number;
                                    eligibleLoanTypes: components["schemas"]["LoanType"][];
                                };
                                preferences: {
                                    industries: string[];
                                    stages: components["schemas"]["Stage"][];
                                    regions: string[];
                                    thesis: string;
                                };
                                rules: ({
                                    fact: string;
                                    /** @enum {string} */
                                    op: "gte";
                                    value: number | string;
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "lte";
                                    value: number | string;
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "between";
                                    min: number;
                                    max: number;
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "in";
                                    values: string[];
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "not_in";
                                    values: string[];
                                })[];
                                parks: {
                                    parkId: string;
                                    parkCode: string;
                                    parkName: string;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    note: string | null;
                                    decidedAt: string | null;
                                }[];
                                yearlyCost: number | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft product of the officer's institution (the operator names institutionId) and ask parks to approve it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        institutionId?: string;
                        kind: components["schemas"]["ProductKindInput"];
                        /** @default null */
                        loanType?: components["schemas"]["LoanTypeInput"] | null;
                        name: string;
                        nameEn?: string | null;
                        /** @default  */
                        description?: string;
                        terms: {
                            amountMinFen: number;
                            amountMaxFen: number;
                            /** @default null */
                            termMinMonths?: number | null;
                            /** @default null */
                            termMaxMonths?: number | null;
                            /** @default null */
                            rate?: {
                                lprTenor: components["schemas"]["LprTenorInput"];
                                spreadMinBp: number;
                                spreadMaxBp: number;
                            } | null;
                            /** @default null */
                            feeRate?: number | null;
                            /** @default null */
                            coverRatio?: number | null;
                            /** @default [] */
                            repaymentMethods?: components["schemas"]["RepaymentMethodInput"][];
                            security: components["schemas"]["SecurityKindInput"][];
                            turnaroundDays: number;
                            /** @default [] */
                            eligibleLoanTypes?: components["schemas"]["LoanTypeInput"][];
                        };
                        /**
                         * @default {
                         *       "industries": [],
                         *       "stages": [],
                         *       "regions": [],
                         *       "thesis": ""
                         *     }
                         */
                        preferences?: {
                            /** @default [] */
                            industries?: string[];
                            /** @default [] */
                            stages?: components["schemas"]["StageInput"][];
                            /** @default [] */
                            regions?: string[];
                            /** @default  */
                            thesis?: string;
                        };
                        /** @default [] */
                        rules?: ({
                            fact: string;
                            /** @enum {string} */
                            op: "gte";
                            value: number | string;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "lte";
                            value: number | string;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "between";
                            min: number;
                            max: number;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "in";
                            values: string[];
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "not_in";
                            values: string[];
                        })[];
                        /** @default [] */
                        parkCodes?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            kind: components["schemas"]["ProductKind"];
                            loanType: components["schemas"]["LoanType"] | null;
                            name: string;
                            nameEn: string | null;
                            description: string;
                            status: components["schemas"]["ProductStatus"];
                            version: number;
                            terms: {
                                amountMinFen: number;
                                amountMaxFen: number;
                                termMinMonths: number | null;
                                termMaxMonths: number | null;
                                rate: {
                                    lprTenor: components["schemas"]["LprTenor"];
                                    spreadMinBp: number;
                                    spreadMaxBp: number;
                                } | null;
                                feeRate: number | null;
                                coverRatio: number | null;
                                repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                security: components["schemas"]["SecurityKind"][];
                                turnaroundDays: number;
                                eligibleLoanTypes: components["schemas"]["LoanType"][];
                            };
                            preferences: {
                                industries: string[];
                                stages: components["schemas"]["Stage"][];
                                regions: string[];
                                thesis: string;
                            };
                            rules: ({
                                fact: string;
                                /** @enum {string} */
                                op: "gte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "lte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "between";
                                min: number;
                                max: number;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "in";
                                values: string[];
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "not_in";
                                values: string[];
                            })[];
                            parks: {
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                note: string | null;
                                decidedAt: string | null;
                            }[];
                            yearlyCost: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product (same visibility as the list) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            kind: components["schemas"]["ProductKind"];
                            loanType: components["schemas"]["LoanType"] | null;
                            name: string;
                            nameEn: string | null;
                            description: string;
                            status: components["schemas"]["ProductStatus"];
                            version: number;
                            terms: {
                                amountMinFen: number;
                                amountMaxFen: number;
                                termMinMonths: number | null;
                                termMaxMonths: number | null;
                                rate: {
                                    lprTenor: components["schemas"]["LprTenor"];
                                    spreadMinBp: number;
                                    spreadMaxBp: number;
                                } | null;
                                feeRate: number | null;
                                coverRatio: number | null;
                                repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                security: components["schemas"]["SecurityKind"][];
                                turnaroundDays: number;
                                eligibleLoanTypes: components["schemas"]["LoanType"][];
                            };
                            preferences: {
                                industries: string[];
                                stages: components["schemas"]["Stage"][];
                                regions: string[];
                                thesis: string;
                            };
                            rules: ({
                                fact: string;
                                /** @enum {string} */
                                op: "gte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "lte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "between";
                                min: number;
                                max: number;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "in";
                                values: string[];
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "not_in";
                                values: string[];
                            })[];
                            parks: {
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                note: string | null;
                                decidedAt: string | null;
                            }[];
                            yearlyCost: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product of one's own institution; a change of terms, preferences or rules is a new version; parkCodes is the full list of parks */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind?: components["schemas"]["ProductKindInput"];
                        loanType?: components["schemas"]["LoanTypeInput"] | null;
                        name?: string;
                        nameEn?: string | null;
                        description?: string;
                        terms?: {
                            amountMinFen?: number;
                            amountMaxFen?: number;
                            termMinMonths?: number | null;
                            termMaxMonths?: number | null;
                            rate?: {
                                lprTenor: components["schemas"]["LprTenorInput"];
                                spreadMinBp: number;
                                spreadMaxBp: number;
                            } | null;
                            feeRate?: number | null;
                            coverRatio?: number | null;
                            repaymentMethods?: components["schemas"]["RepaymentMethodInput"][];
                            security?: components["schemas"]["SecurityKindInput"][];
                            turnaroundDays?: number;
                            eligibleLoanTypes?: components["schemas"]["LoanTypeInput"][];
                        };
                        preferences?: {
                            industries?: string[];
                            stages?: components["schemas"]["StageInput"][];
                            regions?: string[];
                            thesis?: string;
                        };
                        rules?: ({
                            fact: string;
                            /** @enum {string} */
                            op: "gte";
                            value: number | string;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "lte";
                            value: number | string;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "between";
                            min: number;
                            max: number;
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "in";
                            values: string[];
                        } | {
                            fact: string;
                            /** @enum {string} */
                            op: "not_in";
                            values: string[];
                        })[];
                        parkCodes?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            kind: components["schemas"]["ProductKind"];
                            loanType: components["schemas"]["LoanType"] | null;
                            name: string;
                            nameEn: string | null;
                            description: string;
                            status: components["schemas"]["ProductStatus"];
                            version: number;
                            terms: {
                                amountMinFen: number;
                                amountMaxFen: number;
                                termMinMonths: number | null;
                                termMaxMonths: number | null;
                                rate: {
                                    lprTenor: components["schemas"]["LprTenor"];
                                    spreadMinBp: number;
                                    spreadMaxBp: number;
                                } | null;
                                feeRate: number | null;
                                coverRatio: number | null;
                                repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                security: components["schemas"]["SecurityKind"][];
                                turnaroundDays: number;
                                eligibleLoanTypes: components["schemas"]["LoanType"][];
                            };
                            preferences: {
                                industries: string[];
                                stages: components["schemas"]["Stage"][];
                                regions: string[];
                                thesis: string;
                            };
                            rules: ({
                                fact: string;
                                /** @enum {string} */
                                op: "gte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "lte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "between";
                                min: number;
                                max: number;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "in";
                                values: string[];
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "not_in";
                                values: string[];
                            })[];
                            parks: {
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                note: string | null;
                                decidedAt: string | null;
                            }[];
                            yearlyCost: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's saved versions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                createdAt: string;
                                createdBy: string | null;
                                content: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a product (offered in the parks that approved it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            kind: components["schemas"]["ProductKind"];
                            loanType: components["schemas"]["LoanType"] | null;
                            name: string;
                            nameEn: string | null;
                            description: string;
                            status: components["schemas"]["ProductStatus"];
                            version: number;
                            terms: {
                                amountMinFen: number;
                                amountMaxFen: number;
                                termMinMonths: number | null;
                                termMaxMonths: number | null;
                                rate: {
                                    lprTenor: components["schemas"]["LprTenor"];
                                    spreadMinBp: number;
                                    spreadMaxBp: number;
                                } | null;
                                feeRate: number | null;
                                coverRatio: number | null;
                                repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                security: components["schemas"]["SecurityKind"][];
                                turnaroundDays: number;
                                eligibleLoanTypes: components["schemas"]["LoanType"][];
                            };
                            preferences: {
                                industries: string[];
                                stages: components["schemas"]["Stage"][];
                                regions: string[];
                                thesis: string;
                            };
                            rules: ({
                                fact: string;
                                /** @enum {string} */
                                op: "gte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "lte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "between";
                                min: number;
                                max: number;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "in";
                                values: string[];
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "not_in";
                                values: string[];
                            })[];
                            parks: {
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                note: string | null;
                                decidedAt: string | null;
                            }[];
                            yearlyCost: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a product from the marketplace */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            kind: components["schemas"]["ProductKind"];
                            loanType: components["schemas"]["LoanType"] | null;
                            name: string;
                            nameEn: string | null;
                            description: string;
                            status: components["schemas"]["ProductStatus"];
                            version: number;
                            terms: {
                                amountMinFen: number;
                                amountMaxFen: number;
                                termMinMonths: number | null;
                                termMaxMonths: number | null;
                                rate: {
                                    lprTenor: components["schemas"]["LprTenor"];
                                    spreadMinBp: number;
                                    spreadMaxBp: number;
                                } | null;
                                feeRate: number | null;
                                coverRatio: number | null;
                                repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                security: components["schemas"]["SecurityKind"][];
                                turnaroundDays: number;
                                eligibleLoanTypes: components["schemas"]["LoanType"][];
                            };
                            preferences: {
                                industries: string[];
                                stages: components["schemas"]["Stage"][];
                                regions: string[];
                                thesis: string;
                            };
                            rules: ({
                                fact: string;
                                /** @enum {string} */
                                op: "gte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "lte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "between";
                                min: number;
                                max: number;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "in";
                                values: string[];
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "not_in";
                                values: string[];
                            })[];
                            parks: {
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                note: string | null;
                                decidedAt: string | null;
                            }[];
                            yearlyCost: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/parks/{parkCode}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The park's administrator approves or rejects the product for the park; the institution is notified */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    parkCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            institutionId: string;
                            institutionName: string;
                            kind: components["schemas"]["ProductKind"];
                            loanType: components["schemas"]["LoanType"] | null;
                            name: string;
                            nameEn: string | null;
                            description: string;
                            status: components["schemas"]["ProductStatus"];
                            version: number;
                            terms: {
                                amountMinFen: number;
                                amountMaxFen: number;
                                termMinMonths: number | null;
                                termMaxMonths: number | null;
                                rate: {
                                    lprTenor: components["schemas"]["LprTenor"];
                                    spreadMinBp: number;
                                    spreadMaxBp: number;
                                } | null;
                                feeRate: number | null;
                                coverRatio: number | null;
                                repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                security: components["schemas"]["SecurityKind"][];
                                turnaroundDays: number;
                                eligibleLoanTypes: components["schemas"]["LoanType"][];
                            };
                            preferences: {
                                industries: string[];
                                stages: components["schemas"]["Stage"][];
                                regions: string[];
                                thesis: string;
                            };
                            rules: ({
                                fact: string;
                                /** @enum {string} */
                                op: "gte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "lte";
                                value: number | string;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "between";
                                min: number;
                                max: number;
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "in";
                                values: string[];
                            } | {
                                fact: string;
                                /** @enum {string} */
                                op: "not_in";
                                values: string[];
                            })[];
                            parks: {
                                parkId: string;
                                parkCode: string;
                                parkName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                note: string | null;
                                decidedAt: string | null;
                            }[];
                            yearlyCost: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products awaiting approval in the administrator's parks (operator: all), oldest request first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                institutionId: string;
                                institutionName: string;
                                kind: components["schemas"]["ProductKind"];
                                loanType: components["schemas"]["LoanType"] | null;
                                name: string;
                                nameEn: string | null;
                                description: string;
                                status: components["schemas"]["ProductStatus"];
                                version: number;
                                terms: {
                                    amountMinFen: number;
                                    amountMaxFen: number;
                                    termMinMonths: number | null;
                                    termMaxMonths: number | null;
                                    rate: {
                                        lprTenor: components["schemas"]["LprTenor"];
                                        spreadMinBp: number;
                                        spreadMaxBp: number;
                                    } | null;
                                    feeRate: number | null;
                                    coverRatio: number | null;
                                    repaymentMethods: components["schemas"]["RepaymentMethod"][];
                                    security: components["schemas"]["SecurityKind"][];
                                    turnaroundDays: number;
                                    eligibleLoanTypes: components["schemas"]["LoanType"][];
                                };
                                preferences: {
                                    industries: string[];
                                    stages: components["schemas"]["Stage"][];
                                    regions: string[];
                                    thesis: string;
                                };
                                rules: ({
                                    fact: string;
                                    /** @enum {string} */
                                    op: "gte";
                                    value: number | string;
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "lte";
                                    value: number | string;
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "between";
                                    min: number;
                                    max: number;
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "in";
                                    values: string[];
                                } | {
                                    fact: string;
                                    /** @enum {string} */
                                    op: "not_in";
                                    values: string[];
                                })[];
                                parks: {
                                    parkId: string;
                                    parkCode: string;
                                    parkName: string;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected";
                                    note: string | null;
                                    decidedAt: string | null;
                                }[];
                                yearlyCost: number | null;
                                createdAt: string;
                                updatedAt: string;
                                pendingPark: {
                                    parkId: string;
                                    parkCode: string;
                                    parkName: string;
                                    requestedAt: string;
                                };
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products offered in the enterprise's park, ranked: eligible ones by score, then near-misses with what is unmet and advice */
        get: {
            parameters: {
                query?: {
                    kind?: components["schemas"]["ProductKindInput"];
                    eligible?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                productId: string;
                                institutionId: string;
                                institutionName: string;
                                productName: string;
                                kind: components["schemas"]["ProductKind"];
                                loanType: components["schemas"]["LoanType"] | null;
                                eligible: boolean;
                                score: number;
                                reasons: string[];
                                unmet: {
                                    rule: string;
                                    fact: string;
                                    actual: (number | string) | null;
                                    required: string;
                                    advice: string;
                                }[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                            eligibleCount: number;
                            ratedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eligible rated enterprises in the product's approved parks, best fit first; masked unless the enterprise granted the institution access */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string;
                                name: string;
                                parkCode: string;
                                industryCode: string;
                                stage: string;
                                grade: string | null;
                                score: number;
                                granted: boolean;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/match-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent full match runs (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                trigger: "nightly" | "on_demand";
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                enterprises: number;
                                products: number;
                                eligiblePairs: number;
                                seconds: number | null;
                                error: string | null;
                                startedAt: string;
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a full match in the background (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "running";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs: an enterprise's own, a park's (administrator), an institution's inbox (officer: needs its products would be eligible for; all=true: every active need in its parks), all (operator) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: components["schemas"]["NeedStatusInput"];
                    kind?: components["schemas"]["ProductKindInput"];
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                enterpriseId: string;
                                creditCode: string;
                                enterpriseName: string;
                                parkCode: string;
                                industryCode: string;
                                stage: string | null;
                                grade: string | null;
                                kind: components["schemas"]["ProductKind"];
                                amountFen: number;
                                termMonths: number | null;
                                purpose: string;
                                neededBy: string | null;
                                offers: components["schemas"]["SecurityKind"][];
                                status: components["schemas"]["NeedStatus"];
                                takeUps: {
                                    institutionId: string;
                                    institutionName: string;
                                    productId: string | null;
                                    takenAt: string;
                                    note: string | null;
                                }[];
                                masked: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Post a financing need for the caller's own enterprise (the operator names the enterprise by creditCode) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCode?: string;
                        kind: components["schemas"]["ProductKindInput"];
                        amountFen: number;
                        termMonths?: number | null;
                        purpose: string;
                        /** Format: date */
                        neededBy?: string | null;
                        /** @default [] */
                        offers?: components["schemas"]["SecurityKindInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterpriseId: string;
                            creditCode: string;
                            enterpriseName: string;
                            parkCode: string;
                            industryCode: string;
                            stage: string | null;
                            grade: string | null;
                            kind: components["schemas"]["ProductKind"];
                            amountFen: number;
                            termMonths: number | null;
                            purpose: string;
                            neededBy: string | null;
                            offers: components["schemas"]["SecurityKind"][];
                            status: components["schemas"]["NeedStatus"];
                            takeUps: {
                                institutionId: string;
                                institutionName: string;
                                productId: string | null;
                                takenAt: string;
                                note: string | null;
                            }[];
                            masked: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One need (same visibility as the list; institutions without a grant see it masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterpriseId: string;
                            creditCode: string;
                            enterpriseName: string;
                            parkCode: string;
                            industryCode: string;
                            stage: string | null;
                            grade: string | null;
                            kind: components["schemas"]["ProductKind"];
                            amountFen: number;
                            termMonths: number | null;
                            purpose: string;
                            neededBy: string | null;
                            offers: components["schemas"]["SecurityKind"][];
                            status: components["schemas"]["NeedStatus"];
                            takeUps: {
                                institutionId: string;
                                institutionName: string;
                                productId: string | null;
                                takenAt: string;
                                note: string | null;
                            }[];
                            masked: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open need of your enterprise */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind?: components["schemas"]["ProductKindInput"];
                        amountFen?: number;
                        termMonths?: number | null;
                        purpose?: string;
                        /** Format: date */
                        neededBy?: string | null;
                        offers?: components["schemas"]["SecurityKindInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterpriseId: string;
                            creditCode: string;
                            enterpriseName: string;
                            parkCode: string;
                            industryCode: string;
                            stage: string | null;
                            grade: string | null;
                            kind: components["schemas"]["ProductKind"];
                            amountFen: number;
                            termMonths: number | null;
                            purpose: string;
                            neededBy: string | null;
                            offers: components["schemas"]["SecurityKind"][];
                            status: components["schemas"]["NeedStatus"];
                            takeUps: {
                                institutionId: string;
                                institutionName: string;
                                productId: string | null;
                                takenAt: string;
                                note: string | null;
                            }[];
                            masked: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/needs/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a need of your enterprise */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterpriseId: string;
                            creditCode: string;
                            enterpriseName: string;
                            parkCode: string;
                            industryCode: string;
                            stage: string | null;
                            grade: string | null;
                            kind: components["schemas"]["ProductKind"];
                            amountFen: number;
                            termMonths: number | null;
                            purpose: string;
                            neededBy: string | null;
                            offers: components["schemas"]["SecurityKind"][];
                            status: components["schemas"]["NeedStatus"];
                            takeUps: {
                                institutionId: string;
                                institutionName: string;
                                productId: string | null;
                                takenAt: string;
                                note: string | null;
                            }[];
                            masked: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a need of your enterprise (met or done with) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterpriseId: string;
                            creditCode: string;
                            enterpriseName: string;
                            parkCode: string;
                            industryCode: string;
                            stage: string | null;
                            grade: string | null;
                            kind: components["schemas"]["ProductKind"];
                            amountFen: number;
                            termMonths: number | null;
                            purpose: string;
                            neededBy: string | null;
                            offers: components["schemas"]["SecurityKind"][];
                            status: components["schemas"]["NeedStatus"];
                            takeUps: {
                                institutionId: string;
                                institutionName: string;
                                productId: string | null;
                                takenAt: string;
                                note: string | null;
                            }[];
                            masked: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/take-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take up a need for the officer's institution (once per institution); the enterprise is notified */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        productId?: string;
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterpriseId: string;
                            creditCode: string;
                            enterpriseName: string;
                            parkCode: string;
                            industryCode: string;
                            stage: string | null;
                            grade: string | null;
                            kind: components["schemas"]["ProductKind"];
                            amountFen: number;
                            termMonths: number | null;
                            purpose: string;
                            neededBy: string | null;
                            offers: components["schemas"]["SecurityKind"][];
                            status: components["schemas"]["NeedStatus"];
                            takeUps: {
                                institutionId: string;
                                institutionName: string;
                                productId: string | null;
                                takenAt: string;
                                note: string | null;
                            }[];
                            masked: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}/take-up-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An institution's take-up rate: needs its inbox showed since it joined, and how many it took up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            institutionId: string;
                            needsSeen: number;
                            takenUp: number;
                            rate: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products of the need's kind ranked for it, with its amount, term and security as extra requirements (the enterprise, its park administrators, the operator) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    eligible?: "true" | "false";
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                productId: string;
                                institutionId: string;
                                institutionName: string;
                                productName: string;
                                kind: components["schemas"]["ProductKind"];
                                loanType: components["schemas"]["LoanType"] | null;
                                eligible: boolean;
                                score: number;
                                reasons: string[];
                                unmet: {
                                    rule: string;
                                    fact: string;
                                    actual: (number | string) | null;
                                    required: string;
                                    advice: string;
                                }[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                            eligibleCount: number;
                            ratedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{parkCode}/unmet-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A park's open needs that no offered product is eligible for, by industry division and stage, with the first 50 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    parkCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            openNeeds: number;
                            byIndustry: {
                                industryCode: string;
                                count: number;
                                amountFen: number;
                            }[];
                            byStage: {
                                stage: string;
                                count: number;
                                amountFen: number;
                            }[];
                            items: {
                                id: string;
                                enterpriseId: string;
                                creditCode: string;
                                enterpriseName: string;
                                parkCode: string;
                                industryCode: string;
                                stage: string | null;
                                grade: string | null;
                                kind: components["schemas"]["ProductKind"];
                                amountFen: number;
                                termMonths: number | null;
                                purpose: string;
                                neededBy: string | null;
                                offers: components["schemas"]["SecurityKind"][];
                                status: components["schemas"]["NeedStatus"];
                                takeUps: {
                                    institutionId: string;
                                    institutionName: string;
                                    productId: string | null;
                                    takenAt: string;
                                    note: string | null;
                                }[];
                                masked: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/products/{productId}/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product against the enterprise: each eligibility rule met or unmet (unmet first, with advice), whether it is offered in the enterprise's park, and whether it may apply */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    creditCode: string;
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            productId: string;
                            rated: boolean;
                            ratedAt: string | null;
                            offeredInPark: boolean;
                            rulesMet: boolean;
                            eligible: boolean;
                            rules: {
                                rule: string;
                                fact: string;
                                name: string;
                                met: boolean;
                                actual: string | null;
                                required: string;
                                advice: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's notifications you chose to see in the app, newest first, with the unread count (title in lang, else in the language on the reader's account) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                link: string | null;
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your organisation's notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all the notifications you see read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your choice, per topic, of notifications in the app and by e-mail (defaults where you made none), and whether e-mail is set up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emailConfigured: boolean;
                            topics: {
                                /** @enum {string} */
                                topic: "applications" | "decisions" | "deadlines" | "signals" | "marketplace";
                                inApp: boolean;
                                email: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Set your choice for the given topics (the others keep theirs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topics: {
                            /** @enum {string} */
                            topic: "applications" | "decisions" | "deadlines" | "signals" | "marketplace";
                            inApp: boolean;
                            email: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emailConfigured: boolean;
                            topics: {
                                /** @enum {string} */
                                topic: "applications" | "decisions" | "deadlines" | "signals" | "marketplace";
                                inApp: boolean;
                                email: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications you may see: your enterprise’s, those made to your institution, or those in your parks */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: components["schemas"]["ApplicationStateInput"];
                    /** @description awaiting the institution, decision due today (business day) or past its deadline */
                    due?: "today" | "overdue";
                    /** @description not yet final (draft to contract signed) */
                    open?: "true" | "false";
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Application"][];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply to a product for your enterprise (submitted unless draft). Send an Idempotency-Key header: the same key gives back the same application. */
        post: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        productId: string;
                        /** Format: uuid */
                        needId?: string | null;
                        amountFen: number;
                        termMonths?: number | null;
                        purpose: string;
                        /** Format: uuid */
                        grantId?: string | null;
                        draft?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution’s review queue: applications awaiting it (or its answer), earliest deadline first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: components["schemas"]["ApplicationStateInput"];
                    /** @description awaiting the institution, decision due today (business day) or past its deadline */
                    due?: "today" | "overdue";
                    /** @description not yet final (draft to contract signed) */
                    open?: "true" | "false";
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Application"][];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its timeline, the moves you may make, its loan and (when declined) advice */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an application: { to, version, reason, comment } (a loan's approval also sends { approval: { amountFen, spreadBp, lprTenor, termMonths } }, its disbursement { loan: { method, disbursedOn } }, amount, rate and term defaulting to the approval's). Rejection reasons: credit_grade, financials, collateral, debt_level, legal_risk, documents, product_scope, industry_policy, other. 409 for an illegal move or a stale version. */
        post: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
                        version: number;
                        reason?: string | null;
                        comment?: string | null;
                        approval?: {
                            amountFen: number;
                            spreadBp: number;
                            /** @enum {string|null} */
                            lprTenor?: "1y" | "5y" | null;
                            termMonths: number;
                        } | null;
                        loan?: {
                            amountFen?: number | null;
                            spreadBp?: number | null;
                            lprTenor?: components["schemas"]["LprTenorInput"] | null;
                            termMonths?: number | null;
                            method: components["schemas"]["RepaymentMethodInput"];
                            /** Format: date */
                            disbursedOn: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loans you may see: your enterprise’s, your institution’s loan book, or those in your parks (most overdue first) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: components["schemas"]["LoanStatusInput"];
                    classification?: components["schemas"]["LoanClassificationInput"];
                    /** @description live loans with days overdue */
                    overdue?: "true" | "false";
                    disbursedFrom?: string;
                    disbursedTo?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                applicationId: string;
                                enterprise: {
                                    id: string;
                                    creditCode: string;
                                    name: string;
                                };
                                institution: {
                                    id: string;
                                    name: string;
                                };
                                productName: string;
                                amountFen: number;
                                lprTenor: string;
                                lprRate: string;
                                lprFixing: {
                                    date: string;
                                    oneYear: string;
                                    fiveYear: string;
                                } | null;
                                spreadBp: number;
                                annualRate: string;
                                termMonths: number;
                                method: string;
                                disbursedOn: string;
                                maturityOn: string;
                                status: components["schemas"]["LoanStatus"];
                                outstandingPrincipalFen: number;
                                daysOverdue: number;
                                maxDaysOverdue: number;
                                classification: components["schemas"]["LoanClassification"];
                                positionOn: string;
                                defaultedOn: string | null;
                                defaultExposureFen: number | null;
                                recoveredFen: number;
                                writtenOffFen: number | null;
                                closedOn: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One loan with its schedule, repayments, recoveries and its position today */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            applicationId: string;
                            enterprise: {
                                id: string;
                                creditCode: string;
                                name: string;
                            };
                            institution: {
                                id: string;
                                name: string;
                            };
                            productName: string;
                            amountFen: number;
                            lprTenor: string;
                            lprRate: string;
                            lprFixing: {
                                date: string;
                                oneYear: string;
                                fiveYear: string;
                            } | null;
                            spreadBp: number;
                            annualRate: string;
                            termMonths: number;
                            method: string;
                            disbursedOn: string;
                            maturityOn: string;
                            status: components["schemas"]["LoanStatus"];
                            outstandingPrincipalFen: number;
                            daysOverdue: number;
                            maxDaysOverdue: number;
                            classification: components["schemas"]["LoanClassification"];
                            positionOn: string;
                            defaultedOn: string | null;
                            defaultExposureFen: number | null;
                            recoveredFen: number;
                            writtenOffFen: number | null;
                            closedOn: string | null;
                            asOf: string;
                            position: {
                                outstandingPrincipalFen: number;
                                outstandingInterestFen: number;
                                overdueFen: number;
                                daysOverdue: number;
                                classification: components["schemas"]["LoanClassification"];
                                paidOff: boolean;
                            };
                            instalments: {
                                period: number;
                                dueOn: string;
                                principalFen: number;
                                interestFen: number;
                                paidPrincipalFen: number;
                                paidInterestFen: number;
                                paidOn: string | null;
                            }[];
                            repayments: {
                                id: string;
                                paidOn: string;
                                amountFen: number;
                                principalFen: number;
                                interestFen: number;
                                reference: string | null;
                                source: string;
                                recordedAt: string;
                            }[];
                            recoveries: {
                                id: string;
                                recoveredOn: string;
                                amountFen: number;
                                source: string;
                                note: string;
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a repayment (oldest instalment first, interest before principal); more than is owed is refused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        /** Format: date */
                        paidOn: string;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            principalFen: number;
                            interestFen: number;
                            outstandingPrincipalFen: number;
                            daysOverdue: number;
                            classification: string;
                            paidOff: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/repayment-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a file of repayments: CSV with the header loan_id,paid_on,amount_fen,reference; all rows or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: number;
                            totalFen: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money recovered on a defaulted loan; recovering all of it closes the loan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        /** Format: date */
                        recoveredOn: string;
                        source: components["schemas"]["RecoverySourceInput"];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveredFen: number;
                            closed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the daily pass now: overdue loans and decision deadlines (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loansChecked: number;
                            deadlinesNear: number;
                            deadlinesMissed: number;
                            claimsForfeited: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Early-warning signals on your borrowers (institution) or in your parks: open first, then by severity */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: components["schemas"]["SignalStatusInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                enterprise: {
                                    id: string;
                                    creditCode: string;
                                    name: string;
                                };
                                institution: {
                                    id: string;
                                    name: string;
                                };
                                loanId: string | null;
                                kind: components["schemas"]["SignalKind"];
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @description a summary in each language, and the figures behind it */
                                evidence: {
                                    summaryZh: string;
                                    summaryEn: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                status: components["schemas"]["SignalStatus"];
                                detectedAt: string;
                                acknowledgedAt: string | null;
                                resolvedAt: string | null;
                                note: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signals/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a signal (being looked at) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise: {
                                id: string;
                                creditCode: string;
                                name: string;
                            };
                            institution: {
                                id: string;
                                name: string;
                            };
                            loanId: string | null;
                            kind: components["schemas"]["SignalKind"];
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @description a summary in each language, and the figures behind it */
                            evidence: {
                                summaryZh: string;
                                summaryEn: string;
                            } & {
                                [key: string]: unknown;
                            };
                            status: components["schemas"]["SignalStatus"];
                            detectedAt: string;
                            acknowledgedAt: string | null;
                            resolvedAt: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signals/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a signal with a note on what was done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            enterprise: {
                                id: string;
                                creditCode: string;
                                name: string;
                            };
                            institution: {
                                id: string;
                                name: string;
                            };
                            loanId: string | null;
                            kind: components["schemas"]["SignalKind"];
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @description a summary in each language, and the figures behind it */
                            evidence: {
                                summaryZh: string;
                                summaryEn: string;
                            } & {
                                [key: string]: unknown;
                            };
                            status: components["schemas"]["SignalStatus"];
                            detectedAt: string;
                            acknowledgedAt: string | null;
                            resolvedAt: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The financing pipeline of a park (or all you administer): applications → approvals → disbursed, and the needs posted and taken up beside it */
        get: {
            parameters: {
                query?: {
                    parkId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needs: {
                                count: number;
                                amountFen: number;
                            };
                            needsTakenUp: {
                                count: number;
                                amountFen: number;
                            };
                            applications: {
                                count: number;
                                amountFen: number;
                            };
                            approved: {
                                count: number;
                                amountFen: number;
                            };
                            disbursed: {
                                count: number;
                                amountFen: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/league": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Institutions by response time in working days, deadlines kept, approval and take-up rates */
        get: {
            parameters: {
                query?: {
                    parkId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                institutionId: string;
                                name: string;
                                received: number;
                                decided: number;
                                approved: number;
                                approvalRate: number | null;
                                medianResponseWorkingDays: number | null;
                                onTimeRate: number | null;
                                missedDeadlines: number;
                                takeUpRate: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working-day calendar: years held (package or operator-loaded) and years ahead not yet loaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: {
                                year: number;
                                /** @enum {string} */
                                source: "package" | "operator";
                                holidays: number;
                                workdays: number;
                            }[];
                            uncoveredAhead: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Load a year of the State Council calendar (operator): JSON {year, holidays:[{date,name}], workdays:[{date,name}]} or CSV date,kind,name */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "json" | "csv";
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            /** @enum {string} */
                            source: "package" | "operator";
                            holidays: number;
                            workdays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lpr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The LPR fixings loans are priced on (newest first), the next one due and whether any due fixing is missing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fixings: {
                                month: string;
                                date: string;
                                oneYear: string;
                                fiveYear: string;
                                /** @enum {string} */
                                source: "built_in" | "operator" | "demo";
                                loadedAt: string;
                            }[];
                            latest: {
                                month: string;
                                date: string;
                                oneYear: string;
                                fiveYear: string;
                            } | null;
                            next: {
                                month: string;
                                dueOn: string;
                            } | null;
                            missing: {
                                month: string;
                                dueOn: string;
                            }[];
                            outOfDate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Load LPR fixings (operator): CSV date,one_year,five_year or JSON [{date, oneYear, fiveYear}], rates in percent (3.00); a month already held is replaced */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "json";
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loaded: number;
                            first: string;
                            last: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/outcomes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's loan outcomes as training data: catalogue features at application, label defaulted (90+ days overdue or default) (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/train-on-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Train draft models on the platform's own loan outcomes and backtest them (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default both */
                        kind?: components["schemas"]["TrainingKindInput"];
                        /** @default 0.3 */
                        holdout?: number;
                        /** @default 7 */
                        seed?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            positives: number;
                            models: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent background jobs with status and progress, newest first (operator) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: string;
                    status?: "queued" | "running" | "succeeded" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                key: string | null;
                                trigger: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                params: {
                                    [key: string]: unknown;
                                };
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                requestedBy: string | null;
                                requestedByEmail: string | null;
                                createdAt: string;
                                startedAt: string | null;
                                finishedAt: string | null;
                                /** @description why a failed job failed: a code of the error catalogue, translated with errorParams */
                                errorCode: string | null;
                                errorParams: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description the technical detail of a failure (the exception's message, English) */
                                error: string | null;
                                result: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background job with its progress and result (operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            key: string | null;
                            trigger: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            params: {
                                [key: string]: unknown;
                            };
                            progress: {
                                done: number;
                                total: number;
                            };
                            requestedBy: string | null;
                            requestedByEmail: string | null;
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description why a failed job failed: a code of the error catalogue, translated with errorParams */
                            errorCode: string | null;
                            errorParams: {
                                [key: string]: unknown;
                            } | null;
                            /** @description the technical detail of a failure (the exception's message, English) */
                            error: string | null;
                            result: {
                                [key: string]: unknown;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (my other sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link (the same answer whether or not the e-mail has an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link (single-use; all sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registration/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parks an enterprise may register with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations of the parks I administer (oldest first) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: components["schemas"]["RegistrationStatusInput"];
                    parkId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                park: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                creditCode: string;
                                enterpriseName: string;
                                industryCode: string;
                                foundedOn: string;
                                registeredCapitalFen: number;
                                employees: number;
                                legalRepresentative: string;
                                address: string;
                                contactName: string;
                                email: string;
                                phone: string | null;
                                status: components["schemas"]["RegistrationStatus"];
                                reason: string | null;
                                createdAt: string;
                                decidedAt: string | null;
                                organisationId: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** An enterprise registers itself with its park (pending until the park admits it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCode: string;
                        enterpriseName: string;
                        parkCode: string;
                        industryCode: string;
                        /** Format: date */
                        foundedOn: string;
                        registeredCapitalFen: number;
                        employees: number;
                        legalRepresentative: string;
                        address: string;
                        contactName: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                        password: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit a registration: the enterprise and its user are created (or linked) in the park */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "admitted";
                            /** Format: uuid */
                            organisationId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a registration with a reason (the applicant is told by e-mail) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "rejected";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's invitations, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                email: string;
                                role: string;
                                /** @enum {string} */
                                status: "open" | "accepted" | "revoked";
                                expired: boolean;
                                invitedByName: string | null;
                                createdAt: string;
                                expiresAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite a colleague by e-mail with a role of the organisation (the link comes back only when the platform sends no e-mail) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "park_admin" | "institution_officer" | "enterprise_user";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open";
                            expiresAt: string;
                            token: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's members and their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                userId: string;
                                email: string;
                                displayName: string;
                                role: string;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                                joinedAt: string;
                                lastLoginAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an open invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "revoked";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation link is for (organisation, e-mail, role) and who sent it (by name only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisationName: string;
                            organisationNameEn: string | null;
                            invitedByName: string | null;
                            email: string;
                            role: string;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: set my name and password (single-use link) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        displayName: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home/institution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution officer’s home: reviews due today and overdue, open warnings, loans overdue, this month’s disbursements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: {
                                today: string;
                                monthFrom: string;
                                monthTo: string;
                                yearFrom: string;
                                yearTo: string;
                            };
                            reviews: {
                                dueToday: number;
                                overdue: number;
                                inQueue: number;
                            };
                            openSignals: number;
                            loansOverdue: {
                                count: number;
                                amountFen: number;
                            };
                            disbursedThisMonth: {
                                count: number;
                                amountFen: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home/enterprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise user’s home: grade and its trend, next repayment, open applications, best matches */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            rating: {
                                grade: string;
                                score: number;
                                ratedAt: string;
                                /** @enum {string} */
                                trend: "up" | "down" | "flat";
                                previousGrade: string | null;
                            } | null;
                            history: {
                                grade: string;
                                score: number;
                                ratedAt: string;
                                /** @description The business date (KEJIN_TIMEZONE) of ratedAt */
                                ratedOn: string;
                            }[];
                            nextRepayment: {
                                loanId: string;
                                institutionName: string;
                                period: number;
                                dueOn: string;
                                amountFen: number;
                            } | null;
                            openApplications: number;
                            matches: {
                                rank: number;
                                score: number;
                                productId: string;
                                productName: string;
                                kind: string;
                                institutionName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home/park": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The park administrator’s home: enterprises, rating distribution, financing this year, overdue responses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: {
                                today: string;
                                monthFrom: string;
                                monthTo: string;
                                yearFrom: string;
                                yearTo: string;
                            };
                            enterprises: number;
                            grades: {
                                grade: string;
                                count: number;
                            }[];
                            financingThisYear: {
                                count: number;
                                amountFen: number;
                            };
                            openApplications: number;
                            overdueResponses: number;
                            openSignals: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home/operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operator’s home: jobs, imports, the rating model, the audit trail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: {
                                today: string;
                                monthFrom: string;
                                monthTo: string;
                                yearFrom: string;
                                yearTo: string;
                                weekFrom: string;
                            };
                            jobs: {
                                queued: number;
                                running: number;
                                failed: number;
                                succeeded: number;
                            };
                            imports: {
                                total: number;
                                rejected: number;
                                rowsImported: number;
                                lastAt: string | null;
                            };
                            model: {
                                active: {
                                    version: string;
                                    kind: string;
                                    activatedAt: string | null;
                                } | null;
                                shadow: number;
                                draft: number;
                                ratedEnterprises: number;
                            };
                            audit: {
                                events: number;
                                failedLogins: number;
                            };
                            /** @description As GET /parks, /institutions, /enterprises and /users count them */
                            totals: {
                                parks: number;
                                institutions: number;
                                enterprises: number;
                                users: number;
                            };
                            byPark: {
                                id: string;
                                name: string;
                                nameEn: string;
                                enterprises: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise list as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    parkId?: string;
                    industryCode?: string;
                    qualification?: "hnte" | "tech_sme" | "specialized_sme" | "little_giant" | "provincial_rd_platform";
                    employeesMin?: number;
                    employeesMax?: number;
                    completenessMin?: number;
                    completenessMax?: number;
                    /** @description grade of the latest rating; none: not rated yet */
                    grade?: "AAA" | "AA" | "A" | "BBB" | "BB" | "B" | "CCC" | "CC" | "C" | "none";
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loan book as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: components["schemas"]["LoanStatusInput"];
                    classification?: components["schemas"]["LoanClassificationInput"];
                    /** @description live loans with days overdue */
                    overdue?: "true" | "false";
                    disbursedFrom?: string;
                    disbursedTo?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/review-queue/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited */
        get: {
            parameters: {
                query?: {
                    state?: components["schemas"]["ApplicationStateInput"];
                    /** @description awaiting the institution, decision due today (business day) or past its deadline */
                    due?: "today" | "overdue";
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited */
        get: {
            parameters: {
                query?: {
                    /** @description the action family: auth, enterprise, application, loan… */
                    family?: components["schemas"]["AuditFamilyInput"];
                    action?: string;
                    /** @description part of the actor’s name or e-mail */
                    actor?: string;
                    targetType?: string;
                    targetId?: string;
                    /** @description first business day (KEJIN_TIMEZONE) */
                    from?: string;
                    /** @description last business day (KEJIN_TIMEZONE) */
                    to?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/pipeline/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The financing pipeline as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited */
        get: {
            parameters: {
                query?: {
                    parkId?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/league/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution league table as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited */
        get: {
            parameters: {
                query?: {
                    parkId?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Simulate a draft programme over a past period’s loans (or a synthetic portfolio): enterprises reached, totals, by park, industry, grade and month, when the budget runs out, refusals by reason; beside the published version when the id is taken. Writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a programme (src/domain/policy/programme.ts), as POST /programmes takes it; version optional (the next), ownerPark optional when the id is taken */
                        programme: {
                            [key: string]: unknown;
                        };
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        /**
                         * @description loans: the period’s loans held on the platform; synthetic: size generated loans
                         * @default loans
                         * @enum {string}
                         */
                        source?: "loans" | "synthetic";
                        seed?: number;
                        /** @description synthetic: how many loans */
                        size?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programmeId: string;
                            programmeVersion: number;
                            /** @enum {string} */
                            budgetRule: "first_come" | "pro_rata";
                            loansConsidered: number;
                            loansRepaying: number;
                            eligibleLoans: number;
                            ineligibleLoans: number;
                            /** @description ineligible loans per unmet rule (a catalogue code); a loan failing several rules counts under each */
                            ineligibleByReason: {
                                [key: string]: number;
                            };
                            enterprises: number;
                            enterprisesEligible: number;
                            /** @description enterprises granted more than 0 fen */
                            enterprisesReached: number;
                            interestPaidFen: number;
                            eligibleInterestFen: number;
                            computedFen: number;
                            /** @description after every cap, asked of the budget */
                            requestedFen: number;
                            /** @description granted */
                            totalFen: number;
                            budgetLeftBeforeFen: number;
                            budgetLeftAfterFen: number;
                            budgetShort: boolean;
                            /** @description YYYY-MM: the month the requests reach the budget left (first_come: it runs out); null when they never do */
                            budgetExhaustedMonth: string | null;
                            byPark: {
                                key: string;
                                loans: number;
                                eligibleLoans: number;
                                interestPaidFen: number;
                                requestedFen: number;
                                grantedFen: number;
                                name: string | null;
                                nameEn: string | null;
                            }[];
                            /** @description by GB/T 4754 division ("I65") */
                            byIndustry: {
                                key: string;
                                loans: number;
                                eligibleLoans: number;
                                interestPaidFen: number;
                                requestedFen: number;
                                grantedFen: number;
                            }[];
                            byGrade: {
                                key: string;
                                loans: number;
                                eligibleLoans: number;
                                interestPaidFen: number;
                                requestedFen: number;
                                grantedFen: number;
                            }[];
                            /** @description by month of the first counted repayment */
                            byMonth: {
                                key: string;
                                loans: number;
                                eligibleLoans: number;
                                interestPaidFen: number;
                                requestedFen: number;
                                grantedFen: number;
                            }[];
                            /** @enum {string} */
                            source: "loans" | "synthetic";
                            period: {
                                from: string;
                                to: string;
                            };
                            /** @description the published version in force over the same loans; null when the id is new */
                            current: {
                                programmeId: string;
                                programmeVersion: number;
                                /** @enum {string} */
                                budgetRule: "first_come" | "pro_rata";
                                loansConsidered: number;
                                loansRepaying: number;
                                eligibleLoans: number;
                                ineligibleLoans: number;
                                /** @description ineligible loans per unmet rule (a catalogue code); a loan failing several rules counts under each */
                                ineligibleByReason: {
                                    [key: string]: number;
                                };
                                enterprises: number;
                                enterprisesEligible: number;
                                /** @description enterprises granted more than 0 fen */
                                enterprisesReached: number;
                                interestPaidFen: number;
                                eligibleInterestFen: number;
                                computedFen: number;
                                /** @description after every cap, asked of the budget */
                                requestedFen: number;
                                /** @description granted */
                                totalFen: number;
                                budgetLeftBeforeFen: number;
                                budgetLeftAfterFen: number;
                                budgetShort: boolean;
                                /** @description YYYY-MM: the month the requests reach the budget left (first_come: it runs out); null when they never do */
                                budgetExhaustedMonth: string | null;
                                byPark: {
                                    key: string;
                                    loans: number;
                                    eligibleLoans: number;
                                    interestPaidFen: number;
                                    requestedFen: number;
                                    grantedFen: number;
                                    name: string | null;
                                    nameEn: string | null;
                                }[];
                                /** @description by GB/T 4754 division ("I65") */
                                byIndustry: {
                                    key: string;
                                    loans: number;
                                    eligibleLoans: number;
                                    interestPaidFen: number;
                                    requestedFen: number;
                                    grantedFen: number;
                                }[];
                                byGrade: {
                                    key: string;
                                    loans: number;
                                    eligibleLoans: number;
                                    interestPaidFen: number;
                                    requestedFen: number;
                                    grantedFen: number;
                                }[];
                                /** @description by month of the first counted repayment */
                                byMonth: {
                                    key: string;
                                    loans: number;
                                    eligibleLoans: number;
                                    interestPaidFen: number;
                                    requestedFen: number;
                                    grantedFen: number;
                                }[];
                            } | null;
                            /** @description draft − current */
                            delta: {
                                eligibleLoans: number;
                                enterprisesEligible: number;
                                enterprisesReached: number;
                                requestedFen: number;
                                totalFen: number;
                                budgetLeftAfterFen: number;
                                budgetExhaustedMonth: {
                                    current: string | null;
                                    draft: string | null;
                                };
                                byPark: {
                                    key: string;
                                    currentFen: number;
                                    draftFen: number;
                                    deltaFen: number;
                                    currentEligibleLoans: number;
                                    draftEligibleLoans: number;
                                    name: string | null;
                                    nameEn: string | null;
                                }[];
                                byIndustry: {
                                    key: string;
                                    currentFen: number;
                                    draftFen: number;
                                    deltaFen: number;
                                    currentEligibleLoans: number;
                                    draftEligibleLoans: number;
                                }[];
                                byGrade: {
                                    key: string;
                                    currentFen: number;
                                    draftFen: number;
                                    deltaFen: number;
                                    currentEligibleLoans: number;
                                    draftEligibleLoans: number;
                                }[];
                                byMonth: {
                                    key: string;
                                    currentFen: number;
                                    draftFen: number;
                                    deltaFen: number;
                                    currentEligibleLoans: number;
                                    draftEligibleLoans: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a proof the claim’s programme requires: the enterprise its kinds, the lending institution its own; a PDF, PNG or JPEG (told by its bytes, the name’s extension must agree), at most 2 MB, stored with its SHA-256; refused once the claim is decided */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "application_form" | "business_licence" | "ip_certificate" | "pledge_registration" | "loan_contract" | "premium_invoice" | "guarantee_contract" | "other";
                        name: string;
                        /** Format: base64 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "application_form" | "business_licence" | "ip_certificate" | "pledge_registration" | "loan_contract" | "premium_invoice" | "guarantee_contract" | "other";
                            name: string;
                            /**
                             * @description what its bytes say it is
                             * @enum {string}
                             */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sizeBytes: number;
                            sha256: string;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one proof of a claim (as an attachment, with the type its bytes say), to whoever may read the claim */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document’s bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidy programmes: each once (its version in force), with its versions; drafts only to their park */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description the programme code, shared by all its versions */
                                id: string;
                                version: number;
                                /** @enum {string} */
                                kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                                /** @enum {string} */
                                status: "draft" | "published";
                                /** @description the owning park; null for a city-wide programme */
                                park: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                name: string;
                                nameEn: string;
                                validFrom: string;
                                validTo: string;
                                /** @description the share of eligible interest (or fee, premium) paid, a decimal */
                                share: string;
                                minGrade: string | null;
                                capPerEnterpriseYearFen: number | null;
                                budgetFen: number;
                                publishedAt: string | null;
                                /** @description the whole programme as saved (src/domain/policy/programme.ts) */
                                programme: {
                                    [key: string]: unknown;
                                };
                                versions: {
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "published";
                                    validFrom: string;
                                    validTo: string;
                                    publishedAt: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a programme version (park administrator): validated with field paths; a draft is edited in place until published; a new version of a published programme cannot start before today */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a programme (src/domain/policy/programme.ts): kind, ownerPark, validFrom, validTo, eligibility, loanRules, formula, caps, budgetRule, stacking, objectionDays, confirmDays; version optional (the next) */
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        /** @description the name in Chinese; default from the kind and park */
                        name?: string;
                        nameEn?: string;
                        /**
                         * @description draft: kept for the simulator, published later; published: in force
                         * @default published
                         * @enum {string}
                         */
                        status?: "draft" | "published";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the programme code, shared by all its versions */
                            id: string;
                            version: number;
                            /** @enum {string} */
                            kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description the owning park; null for a city-wide programme */
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            name: string;
                            nameEn: string;
                            validFrom: string;
                            validTo: string;
                            /** @description the share of eligible interest (or fee, premium) paid, a decimal */
                            share: string;
                            minGrade: string | null;
                            capPerEnterpriseYearFen: number | null;
                            budgetFen: number;
                            publishedAt: string | null;
                            /** @description the whole programme as saved (src/domain/policy/programme.ts) */
                            programme: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme with every version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the programme code, shared by all its versions */
                            id: string;
                            version: number;
                            /** @enum {string} */
                            kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description the owning park; null for a city-wide programme */
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            name: string;
                            nameEn: string;
                            validFrom: string;
                            validTo: string;
                            /** @description the share of eligible interest (or fee, premium) paid, a decimal */
                            share: string;
                            minGrade: string | null;
                            capPerEnterpriseYearFen: number | null;
                            budgetFen: number;
                            publishedAt: string | null;
                            /** @description the whole programme as saved (src/domain/policy/programme.ts) */
                            programme: {
                                [key: string]: unknown;
                            };
                            versions: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "published";
                                validFrom: string;
                                validTo: string;
                                publishedAt: string | null;
                            }[];
                            all: {
                                /** @description the programme code, shared by all its versions */
                                id: string;
                                version: number;
                                /** @enum {string} */
                                kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                                /** @enum {string} */
                                status: "draft" | "published";
                                /** @description the owning park; null for a city-wide programme */
                                park: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                name: string;
                                nameEn: string;
                                validFrom: string;
                                validTo: string;
                                /** @description the share of eligible interest (or fee, premium) paid, a decimal */
                                share: string;
                                minGrade: string | null;
                                capPerEnterpriseYearFen: number | null;
                                budgetFen: number;
                                publishedAt: string | null;
                                /** @description the whole programme as saved (src/domain/policy/programme.ts) */
                                programme: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the programme’s draft: it becomes the version in force (checked for overlaps and retroactive change) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the programme code, shared by all its versions */
                            id: string;
                            version: number;
                            /** @enum {string} */
                            kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description the owning park; null for a city-wide programme */
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            name: string;
                            nameEn: string;
                            validFrom: string;
                            validTo: string;
                            /** @description the share of eligible interest (or fee, premium) paid, a decimal */
                            share: string;
                            minGrade: string | null;
                            capPerEnterpriseYearFen: number | null;
                            budgetFen: number;
                            publishedAt: string | null;
                            /** @description the whole programme as saved (src/domain/policy/programme.ts) */
                            programme: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the programme’s claims from the loans and repayments the platform holds (免申即享); dryRun writes nothing; background queues the written run as a job (202) whose progress GET /programmes/{id}/runs/{jobId} shows */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        from?: string;
                        /** Format: date */
                        to?: string;
                        /** @default false */
                        dryRun?: boolean;
                        /** @default false */
                        background?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programmeId: string;
                            programmeVersion: number;
                            period: {
                                from: string;
                                to: string;
                            };
                            dryRun: boolean;
                            claims: {
                                loanId: string;
                                /** @description what the loan is called: its product and amount */
                                loan: {
                                    productName: string;
                                    productNameEn: string | null;
                                    amountFen: number;
                                };
                                creditCode: string;
                                grade: string | null;
                                eligible: boolean;
                                reasons: {
                                    code: string;
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                }[];
                                programmeVersion: number;
                                interestPaidFen: number;
                                eligibleInterestFen: number;
                                /** @enum {string} */
                                basis: "interest" | "guarantee_fee" | "premium";
                                basisPaidFen: number;
                                eligibleBasisFen: number;
                                subsidyFen: number;
                                capFen: number | null;
                                state: string | null;
                                /** @description every step of the calculation, in order; fen as integers */
                                trail: {
                                    [key: string]: unknown;
                                }[];
                            }[];
                            totalFen: number;
                            budgetFen: number;
                            budgetLeftFen: number;
                            written: {
                                created: number;
                                updated: number;
                                removed: number;
                                kept: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the job */
                            id: string;
                            programmeId: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            requestedByEmail: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            /** @description what the run wrote, once it succeeded */
                            run: {
                                period: {
                                    from: string;
                                    to: string;
                                };
                                claims: number;
                                eligible: number;
                                totalFen: number;
                                budgetLeftFen: number;
                                written: {
                                    created: number;
                                    updated: number;
                                    removed: number;
                                    kept: number;
                                };
                            } | null;
                            /** @description why it failed: a code of the error catalogue, translated with errorParams */
                            errorCode: string | null;
                            errorParams: {
                                [key: string]: unknown;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/runs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A queued run of the programme: queued, running, succeeded (with its totals and claims written) or failed (with the reason) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the job */
                            id: string;
                            programmeId: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            requestedByEmail: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            /** @description what the run wrote, once it succeeded */
                            run: {
                                period: {
                                    from: string;
                                    to: string;
                                };
                                claims: number;
                                eligible: number;
                                totalFen: number;
                                budgetLeftFen: number;
                                written: {
                                    created: number;
                                    updated: number;
                                    removed: number;
                                    kept: number;
                                };
                            } | null;
                            /** @description why it failed: a code of the error catalogue, translated with errorParams */
                            errorCode: string | null;
                            errorParams: {
                                [key: string]: unknown;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/publish-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish every computed claim for objections; the confirmation deadline starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        periodFrom?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            published: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme’s payment batches, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                programmeId: string;
                                claims: number;
                                totalFen: number;
                                /** @enum {string} */
                                status: "open" | "paid";
                                paymentReference: string | null;
                                paidOn: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Gather the approved claims not yet in a batch into a payment batch for the finance office */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programmeId: string;
                            claims: number;
                            totalFen: number;
                            /** @enum {string} */
                            status: "open" | "paid";
                            paymentReference: string | null;
                            paidOn: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a batch paid with the finance office’s reference: every claim in it moves to paid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reference: string;
                        /** Format: date */
                        paidOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programmeId: string;
                            claims: number;
                            totalFen: number;
                            /** @enum {string} */
                            status: "open" | "paid";
                            paymentReference: string | null;
                            paidOn: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch as a workbook for the finance office (payee, bank, account, amount in yuan); audited */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidy claims you may see: the park’s review queue, an enterprise’s own, a lender’s loans’ */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    programme?: string;
                    state?: ("computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back")[] | ("computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back");
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                programmeId: string;
                                programmeVersion: number;
                                /** @enum {string} */
                                kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                                loanId: string;
                                /** @description what the loan is called: its product and amount */
                                loan: {
                                    productName: string;
                                    productNameEn: string | null;
                                    amountFen: number;
                                };
                                enterprise: {
                                    id: string;
                                    creditCode: string;
                                    name: string;
                                };
                                institution: {
                                    id: string;
                                    name: string;
                                };
                                park: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                periodFrom: string;
                                periodTo: string;
                                /** @enum {string} */
                                state: "computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back";
                                version: number;
                                grade: string | null;
                                interestPaidFen: number;
                                eligibleInterestFen: number;
                                /**
                                 * @description what the subsidy is a share of
                                 * @enum {string}
                                 */
                                basis: "interest" | "guarantee_fee" | "premium";
                                /** @description fee and premium claims: what was paid in the period */
                                basisPaidFen: number;
                                eligibleBasisFen: number;
                                computedFen: number;
                                capFen: number | null;
                                subsidyFen: number;
                                publishedOn: string | null;
                                objectionUntil: string | null;
                                confirmBy: string | null;
                                /** @description the receiving account; the number masked except for the enterprise and the park */
                                account: {
                                    name: string;
                                    bank: string;
                                    number: string;
                                } | null;
                                confirmedOn: string | null;
                                /** @enum {string|null} */
                                decisionReason: "loan_misreported" | "account_invalid" | "policy_surrendered" | "dishonesty_listed" | "duplicate_subsidy" | "other" | null;
                                paymentReference: string | null;
                                paidOn: string | null;
                                clawbackFen: number | null;
                                clawedBackOn: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim with its calculation trail, its history, the proofs its programme requires (which are present) and the documents uploaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programmeId: string;
                            programmeVersion: number;
                            /** @enum {string} */
                            kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                            loanId: string;
                            /** @description what the loan is called: its product and amount */
                            loan: {
                                productName: string;
                                productNameEn: string | null;
                                amountFen: number;
                            };
                            enterprise: {
                                id: string;
                                creditCode: string;
                                name: string;
                            };
                            institution: {
                                id: string;
                                name: string;
                            };
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            /** @enum {string} */
                            state: "computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back";
                            version: number;
                            grade: string | null;
                            interestPaidFen: number;
                            eligibleInterestFen: number;
                            /**
                             * @description what the subsidy is a share of
                             * @enum {string}
                             */
                            basis: "interest" | "guarantee_fee" | "premium";
                            /** @description fee and premium claims: what was paid in the period */
                            basisPaidFen: number;
                            eligibleBasisFen: number;
                            computedFen: number;
                            capFen: number | null;
                            subsidyFen: number;
                            publishedOn: string | null;
                            objectionUntil: string | null;
                            confirmBy: string | null;
                            /** @description the receiving account; the number masked except for the enterprise and the park */
                            account: {
                                name: string;
                                bank: string;
                                number: string;
                            } | null;
                            confirmedOn: string | null;
                            /** @enum {string|null} */
                            decisionReason: "loan_misreported" | "account_invalid" | "policy_surrendered" | "dishonesty_listed" | "duplicate_subsidy" | "other" | null;
                            paymentReference: string | null;
                            paidOn: string | null;
                            clawbackFen: number | null;
                            clawedBackOn: string | null;
                            /** @description every step of the calculation, in order; fen as integers */
                            trail: {
                                [key: string]: unknown;
                            }[];
                            events: {
                                fromState: string | null;
                                toState: string;
                                mover: string;
                                reason: string | null;
                                comment: string | null;
                                at: string;
                            }[];
                            /** @description the proofs uploaded, without their bytes */
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "application_form" | "business_licence" | "ip_certificate" | "pledge_registration" | "loan_contract" | "premium_invoice" | "guarantee_contract" | "other";
                                name: string;
                                /**
                                 * @description what its bytes say it is
                                 * @enum {string}
                                 */
                                mediaType: "application/pdf" | "image/png" | "image/jpeg";
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            /** @description what the programme requires, and which are present */
                            proofs: {
                                /** @enum {string} */
                                kind: "application_form" | "business_licence" | "ip_certificate" | "pledge_registration" | "loan_contract" | "premium_invoice" | "guarantee_contract" | "other";
                                /** @enum {string} */
                                by: "enterprise" | "institution";
                                documents: number;
                                present: boolean;
                            }[];
                            /** @description the kinds the reader may upload now */
                            uploadable: ("application_form" | "business_licence" | "ip_certificate" | "pledge_registration" | "loan_contract" | "premium_invoice" | "guarantee_contract" | "other")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a claim: the enterprise objects or confirms its receiving account; the park publishes, decides objections, approves, rejects, pays, claws back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back";
                        version: number;
                        comment?: string | null;
                        /** @enum {string|null} */
                        reason?: "loan_misreported" | "account_invalid" | "policy_surrendered" | "dishonesty_listed" | "duplicate_subsidy" | "other" | null;
                        /** @description confirming: the receiving account */
                        account?: {
                            name: string;
                            bank: string;
                            number: string;
                        } | null;
                        /** @description paying: the finance office reference and date */
                        payment?: {
                            reference: string;
                            /** Format: date */
                            paidOn: string;
                        } | null;
                        /** @description clawing back: how much (default all that was paid) */
                        clawbackFen?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programmeId: string;
                            programmeVersion: number;
                            /** @enum {string} */
                            kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                            loanId: string;
                            /** @description what the loan is called: its product and amount */
                            loan: {
                                productName: string;
                                productNameEn: string | null;
                                amountFen: number;
                            };
                            enterprise: {
                                id: string;
                                creditCode: string;
                                name: string;
                            };
                            institution: {
                                id: string;
                                name: string;
                            };
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            /** @enum {string} */
                            state: "computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back";
                            version: number;
                            grade: string | null;
                            interestPaidFen: number;
                            eligibleInterestFen: number;
                            /**
                             * @description what the subsidy is a share of
                             * @enum {string}
                             */
                            basis: "interest" | "guarantee_fee" | "premium";
                            /** @description fee and premium claims: what was paid in the period */
                            basisPaidFen: number;
                            eligibleBasisFen: number;
                            computedFen: number;
                            capFen: number | null;
                            subsidyFen: number;
                            publishedOn: string | null;
                            objectionUntil: string | null;
                            confirmBy: string | null;
                            /** @description the receiving account; the number masked except for the enterprise and the park */
                            account: {
                                name: string;
                                bank: string;
                                number: string;
                            } | null;
                            confirmedOn: string | null;
                            /** @enum {string|null} */
                            decisionReason: "loan_misreported" | "account_invalid" | "policy_surrendered" | "dishonesty_listed" | "duplicate_subsidy" | "other" | null;
                            paymentReference: string | null;
                            paidOn: string | null;
                            clawbackFen: number | null;
                            clawedBackOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/subsidies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidies the enterprise qualifies for: each programme reaching its park, the amount expected this year, why a loan does not qualify and what the enterprise lacks; and its claims */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterprise: {
                                id: string;
                                creditCode: string;
                                name: string;
                            };
                            year: string;
                            expectedThisYearFen: number;
                            programmes: {
                                programme: {
                                    /** @description the programme code, shared by all its versions */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                                    /** @enum {string} */
                                    status: "draft" | "published";
                                    /** @description the owning park; null for a city-wide programme */
                                    park: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    } | null;
                                    name: string;
                                    nameEn: string;
                                    validFrom: string;
                                    validTo: string;
                                    /** @description the share of eligible interest (or fee, premium) paid, a decimal */
                                    share: string;
                                    minGrade: string | null;
                                    capPerEnterpriseYearFen: number | null;
                                    budgetFen: number;
                                    publishedAt: string | null;
                                    /** @description the whole programme as saved (src/domain/policy/programme.ts) */
                                    programme: {
                                        [key: string]: unknown;
                                    };
                                };
                                expectedFen: number;
                                capPerEnterpriseYearFen: number | null;
                                loans: {
                                    loanId: string;
                                    eligible: boolean;
                                    expectedFen: number;
                                    reasons: {
                                        code: string;
                                        params: {
                                            [key: string]: unknown;
                                        };
                                        message: string;
                                    }[];
                                }[];
                                enterpriseReasons: {
                                    code: string;
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                }[];
                            }[];
                            claims: {
                                id: string;
                                programmeId: string;
                                programmeVersion: number;
                                /** @enum {string} */
                                kind: "interest_subsidy" | "guarantee_fee_subsidy" | "premium_subsidy";
                                loanId: string;
                                /** @description what the loan is called: its product and amount */
                                loan: {
                                    productName: string;
                                    productNameEn: string | null;
                                    amountFen: number;
                                };
                                enterprise: {
                                    id: string;
                                    creditCode: string;
                                    name: string;
                                };
                                institution: {
                                    id: string;
                                    name: string;
                                };
                                park: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                periodFrom: string;
                                periodTo: string;
                                /** @enum {string} */
                                state: "computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back";
                                version: number;
                                grade: string | null;
                                interestPaidFen: number;
                                eligibleInterestFen: number;
                                /**
                                 * @description what the subsidy is a share of
                                 * @enum {string}
                                 */
                                basis: "interest" | "guarantee_fee" | "premium";
                                /** @description fee and premium claims: what was paid in the period */
                                basisPaidFen: number;
                                eligibleBasisFen: number;
                                computedFen: number;
                                capFen: number | null;
                                subsidyFen: number;
                                publishedOn: string | null;
                                objectionUntil: string | null;
                                confirmBy: string | null;
                                /** @description the receiving account; the number masked except for the enterprise and the park */
                                account: {
                                    name: string;
                                    bank: string;
                                    number: string;
                                } | null;
                                confirmedOn: string | null;
                                /** @enum {string|null} */
                                decisionReason: "loan_misreported" | "account_invalid" | "policy_surrendered" | "dishonesty_listed" | "duplicate_subsidy" | "other" | null;
                                paymentReference: string | null;
                                paidOn: string | null;
                                clawbackFen: number | null;
                                clawedBackOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fee and premium payments you may see (those you submitted, your loans’, your parks’) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    loanId?: string;
                    kind?: "guarantee_fee" | "premium";
                    surrendered?: "true" | "false";
                    /** @description a programme’s code: payments whose loan has a claim under it */
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "guarantee_fee" | "premium";
                                contractNo: string;
                                paidOn: string;
                                amountFen: number;
                                coverageFrom: string;
                                coverageTo: string;
                                coveredAmountFen: number;
                                feeRate: string;
                                id: string;
                                loanId: string;
                                /** @description what the loan is called: its product and amount */
                                loan: {
                                    productName: string;
                                    productNameEn: string | null;
                                    amountFen: number;
                                };
                                enterprise: {
                                    creditCode: string;
                                    name: string;
                                    id: string;
                                };
                                programmes: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                    /** @enum {string} */
                                    claimState: "computed" | "published" | "objected" | "confirmed" | "approved" | "paid" | "forfeited" | "rejected" | "clawed_back";
                                    subsidyFen: number;
                                    clawbackFen: number | null;
                                }[];
                                surrenderedOn: string | null;
                                submittedBy: {
                                    id: string;
                                    name: string;
                                };
                                source: string;
                                submittedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Submit guarantee-fee or premium payments (免申即享: the lender, guarantor or insurer sends them; the enterprise applies for nothing): JSON rows or a CSV file (header loan_id,kind,contract_no,paid_on,amount_fen,coverage_from,coverage_to,covered_amount_fen,fee_rate); all rows or none, each problem named by row and field; a row already submitted is left as it was */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payments: {
                            loanId: string;
                            /** @description guarantee_fee or premium */
                            kind: string;
                            contractNo: string;
                            paidOn: string;
                            amountFen: number | string;
                            coverageFrom: string;
                            coverageTo: string;
                            coveredAmountFen: number | string;
                            /** @description the annual rate as a decimal fraction, e.g. "0.0080" */
                            feeRate: string;
                        }[];
                        dryRun?: boolean;
                    } | {
                        /** @enum {string} */
                        format: "csv";
                        content: string;
                        /** @description check the rows and answer with a preview of them; nothing is written */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: number;
                            written: number;
                            duplicates: number;
                            preview?: {
                                /** @enum {string} */
                                kind: "guarantee_fee" | "premium";
                                contractNo: string;
                                paidOn: string;
                                amountFen: number;
                                coverageFrom: string;
                                coverageTo: string;
                                coveredAmountFen: number;
                                feeRate: string;
                                /** @description the CSV line (the header is line 1), or the row’s position from 1 when sent as JSON */
                                line: number;
                                loanId: string;
                                /** @description what the loan is called: its product and amount */
                                loan: {
                                    productName: string;
                                    productNameEn: string | null;
                                    amountFen: number;
                                };
                                enterprise: {
                                    creditCode: string;
                                    name: string;
                                };
                                /** @description already submitted (or earlier in this submission): it would be left as it is */
                                duplicate: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-payments/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loans you may record a fee or premium payment on by hand: your institution’s loans, and a guarantor’s or insurer’s those it already submitted payments on */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                enterprise: {
                                    creditCode: string;
                                    name: string;
                                    id: string;
                                };
                                institution: {
                                    id: string;
                                    name: string;
                                };
                                productName: string;
                                amountFen: number;
                                disbursedOn: string;
                                maturityOn: string;
                                status: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-payments/surrender": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A policy (or guarantee) was surrendered: its payments are marked and the subsidies paid on it clawed back as the programme’s rule says */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        loanId: string;
                        contractNo: string;
                        /** Format: date */
                        surrenderedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clawedBack: {
                                claimId: string;
                                programmeCode: string;
                                clawbackFen: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Risk compensation pools you may see: your parks’ (administrators), those your institution is partner or contributor of */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description the pool’s stable code */
                                code: string;
                                version: number;
                                /** @enum {string} */
                                status: "active" | "closed";
                                /** @description the owning park; null for a city-wide pool */
                                park: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                name: string;
                                nameEn: string;
                                validFrom: string;
                                validTo: string;
                                lossShare: string;
                                leverageTarget: string;
                                nplThreshold: string;
                                partners: {
                                    id: string;
                                    name: string;
                                    nameEn: string | null;
                                }[];
                                contributors: {
                                    id: string;
                                    name: string;
                                    nameEn: string | null;
                                    /** @enum {string} */
                                    kind: "government" | "institution";
                                    share: string;
                                }[];
                                /** @description the whole definition as saved (src/domain/policy/pool.ts) */
                                pool: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a pool or save the next version of one (park administrator of the owner park); validated with field paths */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a pool (src/domain/policy/pool.ts): ownerPark, validFrom, validTo, contributors, partnerIds, coverage, partnerCapRatio, leverage, nplThreshold, trigger, review; version is the next */
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        nameEn: string;
                        /** @enum {string} */
                        status?: "active" | "closed";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description the pool’s stable code */
                            code: string;
                            version: number;
                            /** @enum {string} */
                            status: "active" | "closed";
                            /** @description the owning park; null for a city-wide pool */
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            name: string;
                            nameEn: string;
                            validFrom: string;
                            validTo: string;
                            lossShare: string;
                            leverageTarget: string;
                            nplThreshold: string;
                            partners: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                            }[];
                            contributors: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                                /** @enum {string} */
                                kind: "government" | "institution";
                                share: string;
                            }[];
                            /** @description the whole definition as saved (src/domain/policy/pool.ts) */
                            pool: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pool console: balance, coverage, leverage against target, NPL ratio, claims by state with their trail, per-partner and per-contributor figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description the pool’s stable code */
                            code: string;
                            version: number;
                            /** @enum {string} */
                            status: "active" | "closed";
                            /** @description the owning park; null for a city-wide pool */
                            park: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            name: string;
                            nameEn: string;
                            validFrom: string;
                            validTo: string;
                            lossShare: string;
                            leverageTarget: string;
                            nplThreshold: string;
                            partners: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                            }[];
                            contributors: {
                                id: string;
                                name: string;
                                nameEn: string | null;
                                /** @enum {string} */
                                kind: "government" | "institution";
                                share: string;
                            }[];
                            /** @description the whole definition as saved (src/domain/policy/pool.ts) */
                            pool: {
                                [key: string]: unknown;
                            };
                            asOf: string;
                            viewer: {
                                /** @enum {string} */
                                role: "administrator" | "partner" | "contributor";
                                partnerId: string | null;
                            };
                            balanceFen: number;
                            contributedFen: number;
                            paidFen: number;
                            refundedFen: number;
                            /** @description outstanding principal of the registered loans */
                            coveredFen: number;
                            /** @description covered ÷ balance, an exact decimal; null with no balance */
                            leverage: string | null;
                            aboveTarget: boolean;
                            headroomFen: number;
                            nplFen: number;
                            nplRatio: string;
                            claimsByState: {
                                [key: string]: number;
                            };
                            partnerFigures: {
                                partnerId: string;
                                name: string;
                                loans: number;
                                outstandingFen: number;
                                nplFen: number;
                                nplRatio: string;
                                threshold: string;
                                suspended: boolean;
                                claims: number;
                                openClaims: number;
                                lossFen: number;
                                paidFen: number;
                                refundedFen: number;
                            }[];
                            contributorFigures: {
                                contributorId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "government" | "institution";
                                share: string;
                                contributedFen: number;
                                payoutsFen: number;
                                refundsFen: number;
                                balanceFen: number;
                            }[];
                            days: {
                                date: string;
                                contributionsFen: number;
                                payoutsFen: number;
                                refundsFen: number;
                                balanceFen: number;
                            }[];
                            /** @description registrations proposed at disbursement, awaiting the partner bank’s confirmation */
                            proposals: {
                                id: string;
                                loanId: string;
                                partnerId: string;
                                partnerName: string;
                                enterpriseName: string;
                                share: string;
                                firstLoan: boolean;
                                principalFen: number;
                                proposedOn: string | null;
                            }[];
                            loans: {
                                id: string;
                                loanId: string;
                                partnerId: string;
                                partnerName: string;
                                enterpriseName: string;
                                share: string;
                                firstLoan: boolean;
                                principalFen: number;
                                outstandingFen: number;
                                loanStatus: string;
                                classification: string;
                                registeredOn: string;
                            }[];
                            claims: {
                                id: string;
                                poolId: string;
                                loanId: string;
                                partner: {
                                    id: string;
                                    name: string;
                                };
                                enterprise: {
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                state: "filed" | "under_review" | "awaiting_approval" | "returned" | "approved" | "paid" | "rejected" | "withdrawn";
                                version: number;
                                filedOn: string;
                                overdueSince: string;
                                overdueDays: number;
                                lawsuitAcceptedOn: string | null;
                                principalAtDefaultFen: number;
                                stepStartedOn: string | null;
                                netLossFen: number | null;
                                /** @description the payout computed on approval */
                                approvedFen: number | null;
                                /** @enum {string|null} */
                                limitedBy: "none" | "partner_cap" | "pool_balance" | null;
                                /** @description every step of the calculation, in order; fen as integers */
                                trail: {
                                    [key: string]: unknown;
                                }[];
                                paidFen: number | null;
                                paidOn: string | null;
                                paymentReference: string | null;
                                reason: string | null;
                                comment: string | null;
                                events: {
                                    fromState: string | null;
                                    toState: string;
                                    mover: string;
                                    reason: string | null;
                                    comment: string | null;
                                    at: string;
                                }[];
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "overdue_notice" | "lawsuit_acceptance_notice" | "loan_contract" | "repayment_record" | "collection_evidence" | "committee_minutes";
                                    name: string;
                                    contentType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                    uploadedAt: string;
                                }[];
                                recoveries: {
                                    id: string;
                                    recoveredOn: string;
                                    amountFen: number;
                                    refundFen: number;
                                    /** @description every step of the calculation, in order; fen as integers */
                                    trail: {
                                        [key: string]: unknown;
                                    }[];
                                    note: string;
                                }[];
                                clock: {
                                    step: string;
                                    startedOn: string;
                                    dueOn: string;
                                    workingDaysLeft: number;
                                    overdue: boolean;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money put into the pool by one contributor, or one sum split by the shares (contributorId null) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        contributorId: string | null;
                        /** Format: date */
                        on?: string;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "contribution" | "payout" | "refund";
                            on: string;
                            amountFen: number;
                            contributorId: string | null;
                            reference: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register one of your institution’s loans with the pool (the partner bank confirms it): refused for a non-partner or suspended partner, outside the period, or past the leverage target; once per loan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        loanId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            partnerId: string;
                            share: string;
                            firstLoan: boolean;
                            principalFen: number;
                            registeredOn: string;
                            coveredAfterFen: number;
                            leverageAfter: string;
                            aboveTarget: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-loans/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a registration the platform proposed at disbursement (the lending bank’s officer): decided again now, under the pool’s lock — refused if the pool would pass its leverage target or the partner is suspended */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            poolId: string;
                            loanId: string;
                            partnerId: string;
                            status: components["schemas"]["PoolLoanStatus"];
                            share: string;
                            firstLoan: boolean;
                            principalFen: number;
                            registeredOn: string;
                            proposedOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-loans/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a registration the platform proposed at disbursement (the lending bank’s officer); the loan may still be registered by hand later */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            poolId: string;
                            loanId: string;
                            partnerId: string;
                            status: components["schemas"]["PoolLoanStatus"];
                            share: string;
                            firstLoan: boolean;
                            principalFen: number;
                            registeredOn: string;
                            proposedOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a claim on a registered loan (partner institution): the loan overdue more than the pool’s days and, where the pool needs it, the lawsuit accepted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        loanId: string;
                        /** Format: date */
                        lawsuitAcceptedOn: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            poolId: string;
                            loanId: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            enterprise: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "filed" | "under_review" | "awaiting_approval" | "returned" | "approved" | "paid" | "rejected" | "withdrawn";
                            version: number;
                            filedOn: string;
                            overdueSince: string;
                            overdueDays: number;
                            lawsuitAcceptedOn: string | null;
                            principalAtDefaultFen: number;
                            stepStartedOn: string | null;
                            netLossFen: number | null;
                            /** @description the payout computed on approval */
                            approvedFen: number | null;
                            /** @enum {string|null} */
                            limitedBy: "none" | "partner_cap" | "pool_balance" | null;
                            /** @description every step of the calculation, in order; fen as integers */
                            trail: {
                                [key: string]: unknown;
                            }[];
                            paidFen: number | null;
                            paidOn: string | null;
                            paymentReference: string | null;
                            reason: string | null;
                            comment: string | null;
                            events: {
                                fromState: string | null;
                                toState: string;
                                mover: string;
                                reason: string | null;
                                comment: string | null;
                                at: string;
                            }[];
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "overdue_notice" | "lawsuit_acceptance_notice" | "loan_contract" | "repayment_record" | "collection_evidence" | "committee_minutes";
                                name: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            recoveries: {
                                id: string;
                                recoveredOn: string;
                                amountFen: number;
                                refundFen: number;
                                /** @description every step of the calculation, in order; fen as integers */
                                trail: {
                                    [key: string]: unknown;
                                }[];
                                note: string;
                            }[];
                            clock: {
                                step: string;
                                startedOn: string;
                                dueOn: string;
                                workingDaysLeft: number;
                                overdue: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pool claim with its payout trail, moves, documents and recoveries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            poolId: string;
                            loanId: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            enterprise: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "filed" | "under_review" | "awaiting_approval" | "returned" | "approved" | "paid" | "rejected" | "withdrawn";
                            version: number;
                            filedOn: string;
                            overdueSince: string;
                            overdueDays: number;
                            lawsuitAcceptedOn: string | null;
                            principalAtDefaultFen: number;
                            stepStartedOn: string | null;
                            netLossFen: number | null;
                            /** @description the payout computed on approval */
                            approvedFen: number | null;
                            /** @enum {string|null} */
                            limitedBy: "none" | "partner_cap" | "pool_balance" | null;
                            /** @description every step of the calculation, in order; fen as integers */
                            trail: {
                                [key: string]: unknown;
                            }[];
                            paidFen: number | null;
                            paidOn: string | null;
                            paymentReference: string | null;
                            reason: string | null;
                            comment: string | null;
                            events: {
                                fromState: string | null;
                                toState: string;
                                mover: string;
                                reason: string | null;
                                comment: string | null;
                                at: string;
                            }[];
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "overdue_notice" | "lawsuit_acceptance_notice" | "loan_contract" | "repayment_record" | "collection_evidence" | "committee_minutes";
                                name: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            recoveries: {
                                id: string;
                                recoveredOn: string;
                                amountFen: number;
                                refundFen: number;
                                /** @description every step of the calculation, in order; fen as integers */
                                trail: {
                                    [key: string]: unknown;
                                }[];
                                note: string;
                            }[];
                            clock: {
                                step: string;
                                startedOn: string;
                                dueOn: string;
                                workingDaysLeft: number;
                                overdue: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-claims/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a pool claim: the park reviews, returns, rejects, approves (the payout computed) and pays (never above the balance or the approval); the partner resubmits or withdraws */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "filed" | "under_review" | "awaiting_approval" | "returned" | "approved" | "paid" | "rejected" | "withdrawn";
                        version: number;
                        reason?: string | null;
                        comment?: string | null;
                        /** @description paying: the amount and the transfer’s reference */
                        payment?: {
                            /** @description default: the payout approved */
                            amountFen?: number | null;
                            reference?: string | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            poolId: string;
                            loanId: string;
                            partner: {
                                id: string;
                                name: string;
                            };
                            enterprise: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "filed" | "under_review" | "awaiting_approval" | "returned" | "approved" | "paid" | "rejected" | "withdrawn";
                            version: number;
                            filedOn: string;
                            overdueSince: string;
                            overdueDays: number;
                            lawsuitAcceptedOn: string | null;
                            principalAtDefaultFen: number;
                            stepStartedOn: string | null;
                            netLossFen: number | null;
                            /** @description the payout computed on approval */
                            approvedFen: number | null;
                            /** @enum {string|null} */
                            limitedBy: "none" | "partner_cap" | "pool_balance" | null;
                            /** @description every step of the calculation, in order; fen as integers */
                            trail: {
                                [key: string]: unknown;
                            }[];
                            paidFen: number | null;
                            paidOn: string | null;
                            paymentReference: string | null;
                            reason: string | null;
                            comment: string | null;
                            events: {
                                fromState: string | null;
                                toState: string;
                                mover: string;
                                reason: string | null;
                                comment: string | null;
                                at: string;
                            }[];
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "overdue_notice" | "lawsuit_acceptance_notice" | "loan_contract" | "repayment_record" | "collection_evidence" | "committee_minutes";
                                name: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            recoveries: {
                                id: string;
                                recoveredOn: string;
                                amountFen: number;
                                refundFen: number;
                                /** @description every step of the calculation, in order; fen as integers */
                                trail: {
                                    [key: string]: unknown;
                                }[];
                                note: string;
                            }[];
                            clock: {
                                step: string;
                                startedOn: string;
                                dueOn: string;
                                workingDaysLeft: number;
                                overdue: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-claims/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a document to a claim: a PDF, JPEG or PNG (told by its first bytes), stored with its SHA-256 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "overdue_notice" | "lawsuit_acceptance_notice" | "loan_contract" | "repayment_record" | "collection_evidence" | "committee_minutes";
                        name: string;
                        /** Format: base64 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "overdue_notice" | "lawsuit_acceptance_notice" | "loan_contract" | "repayment_record" | "collection_evidence" | "committee_minutes";
                            name: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-claims/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one document of a pool claim (as an attachment, with the type its bytes say), to the park and the claim’s partner */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document’s bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool-claims/{id}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money recovered after the pool paid: the partner refunds the pool its paid share of it (cumulative, rounded down) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        /** Format: date */
                        recoveredOn?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            recoveredOn: string;
                            amountFen: number;
                            refundFen: number;
                            /** @description every step of the calculation, in order; fen as integers */
                            trail: {
                                [key: string]: unknown;
                            }[];
                            note: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/fundraising": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise’s fundraising: whole to the enterprise, its park and investors it granted its data room; a masked summary (round, amount band) to other investors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            view: "full" | "masked";
                            enterprise: {
                                creditCode: string;
                                name: string;
                                industryCode: string;
                                parkName: string;
                            };
                            /** @description what an investor sees without the data room */
                            summary: {
                                round: components["schemas"]["FundraisingRound"];
                                /** @enum {string} */
                                amountBand: "under_5m" | "5m_20m" | "20m_50m" | "50m_100m" | "100m_plus";
                                /** @enum {string} */
                                status: "open" | "closed";
                            } | null;
                            /** @description null while masked, or while the enterprise has saved none */
                            profile: {
                                round: components["schemas"]["FundraisingRound"];
                                amountSoughtFen: number;
                                valuationMinFen: number;
                                valuationMaxFen: number;
                                useOfFunds: string;
                                milestones: {
                                    title: string;
                                    dueOn: string;
                                }[];
                                /** @enum {string} */
                                status: "open" | "closed";
                                updatedAt: string;
                            } | null;
                            /** @description to those who may download them */
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "pitch_deck" | "data_room";
                                name: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            manages: boolean;
                            readsDocuments: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Save the enterprise’s fundraising profile (the enterprise itself): round, amount sought, valuation range, use of funds, dated milestones, open or closed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        round: components["schemas"]["FundraisingRoundInput"];
                        amountSoughtFen: number;
                        valuationMinFen: number;
                        valuationMaxFen: number;
                        useOfFunds: string;
                        /** @default [] */
                        milestones?: {
                            title: string;
                            /** Format: date */
                            dueOn: string;
                        }[];
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            round: components["schemas"]["FundraisingRound"];
                            amountSoughtFen: number;
                            valuationMinFen: number;
                            valuationMaxFen: number;
                            useOfFunds: string;
                            milestones: {
                                title: string;
                                dueOn: string;
                            }[];
                            /** @enum {string} */
                            status: "open" | "closed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/fundraising/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the pitch deck (replacing the one before) or a data-room paper (multipart: kind, file): a PDF by its content, at most 20 MB, stored with its SHA-256 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "pitch_deck" | "data_room";
                            name: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/fundraising/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a pitch deck or data-room paper, every page stamped with the viewer’s organisation and the time; the download is logged (the enterprise and investors it granted its data room) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the watermarked PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a pitch deck or data-room paper (the enterprise itself); its downloads stay logged */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{creditCode}/fundraising/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who downloaded the enterprise’s deck and data room, newest first (the enterprise itself) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                documentId: string;
                                documentName: string;
                                /** @enum {string} */
                                documentKind: "pitch_deck" | "data_room";
                                viewerOrganisationName: string;
                                userEmail: string | null;
                                underGrant: boolean;
                                at: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraisings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open fundraisings, for investors (venture, angel and guidance funds): whole where the enterprise granted the investor its data room, a masked summary elsewhere */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string;
                                enterpriseName: string;
                                industryCode: string;
                                parkName: string;
                                parkNameEn: string;
                                /** @description the investor holds a live data-room grant: the figures below are given */
                                granted: boolean;
                                /** @description what an investor sees without the data room */
                                summary: {
                                    round: components["schemas"]["FundraisingRound"];
                                    /** @enum {string} */
                                    amountBand: "under_5m" | "5m_20m" | "20m_50m" | "50m_100m" | "100m_plus";
                                    /** @enum {string} */
                                    status: "open" | "closed";
                                };
                                amountSoughtFen: number | null;
                                valuationMinFen: number | null;
                                valuationMaxFen: number | null;
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/investors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The investor directory: VC and angel funds, corporate VC, guidance funds and individual angels */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    kind?: components["schemas"]["InvestorKindInput"];
                    stage?: components["schemas"]["InvestmentStageInput"];
                    industryCode?: string;
                    regionCode?: string;
                    parkId?: string;
                    ticketFen?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InvestorSummary"][];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/investors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One investor with its team and portfolio */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Replace an investor's profile (its officers, the angel, the operator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvestorProfileInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/investor-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own investor profile (404 investor.not_found: their fund has none yet) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Save the caller's own investor profile, creating their fund's first */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvestorProfileInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ErrorCodeInput: "request.invalid" | "request.malformed_json" | "request.empty_json" | "request.bad_content_length" | "request.bad_url" | "request.param_too_long" | "request.form_field_name" | "request.form_field_json" | "request.multipart_required" | "request.multipart_malformed" | "request.too_many_form_fields" | "request.content_type_required" | "request.malformed_http" | "request.body_not_utf8" | "request.json_too_deep" | "request.bad_request" | "request.too_large" | "request.headers_too_large" | "request.timeout" | "request.unsupported_media_type" | "request.not_acceptable" | "request.uri_too_long" | "request.method_not_allowed" | "request.route_not_found" | "server.internal" | "server.unavailable" | "server.starting" | "web.file_not_found" | "server.database_unreachable" | "file.required" | "file.one_only" | "file.too_large" | "file.unsupported_type" | "field.required" | "field.invalid" | "field.invalid_type" | "field.too_short" | "field.too_long" | "field.too_small" | "field.too_small_exclusive" | "field.too_big" | "field.too_big_exclusive" | "field.too_few" | "field.too_many" | "field.not_integer" | "field.not_multiple" | "field.invalid_enum" | "field.invalid_format" | "field.invalid_email" | "field.invalid_id" | "field.invalid_date" | "field.invalid_month" | "field.invalid_datetime" | "field.invalid_url" | "field.unknown_keys" | "field.credit_code_length" | "field.invalid_region_code" | "field.unknown_region_code" | "field.invalid_industry_code" | "field.unknown_industry_code" | "field.industry_prefix" | "field.region_prefix" | "field.park_code_format" | "field.sha256_format" | "field.negative" | "field.not_positive" | "field.in_future" | "field.in_past" | "field.duplicate" | "field.not_plain_text" | "field.not_utf8" | "field.not_percent_utf8" | "field.invalid_phone" | "field.date_order" | "text.nul" | "text.lone_surrogate" | "text.line_break" | "text.control" | "text.carriage_return" | "auth.sign_in_required" | "auth.invalid_credentials" | "auth.too_many_attempts" | "auth.cross_site" | "auth.foreign_origin" | "access.role_may_not" | "access.enterprise_grants_only" | "access.no_park" | "access.not_your_park" | "access.not_your_organisation" | "access.not_a_party" | "access.not_a_party_to_move" | "access.denied" | "unique.one_open_application_per_product" | "unique.idempotency_key_once" | "unique.take_up_once_per_institution" | "unique.one_active_model" | "unique.model_version_name_unique" | "unique.product_version_once" | "unique.repayment_reference_once_per_loan" | "unique.one_loan_per_application" | "unique.one_investor_profile_per_organisation" | "unique.one_investor_profile_per_user" | "unique.one_open_invitation_per_email" | "unique.one_pending_registration_per_credit_code" | "unique.one_pending_registration_per_email" | "unique.user_email_unique" | "unique.membership_once" | "unique.credit_code_unique" | "unique.park_code_unique" | "unique.rule_set_version_once" | "unique.one_pitch_deck" | "unique.one_claim_per_loan_and_period" | "unique.programme_version_once" | "unique.one_draft_per_programme" | "unique.violated" | "park.not_found" | "park.code_not_found" | "park.code_taken" | "park.unknown" | "park.unknown_code" | "park.no_operator" | "organisation.not_found" | "organisation.required" | "organisation.unknown" | "organisation.credit_code_taken" | "institution.not_found" | "institution.required" | "institution.unknown" | "user.not_found" | "user.email_taken" | "user.cannot_deactivate_self" | "user.role_not_in_organisation_type" | "user.signed_in_only" | "credit_code.length" | "credit_code.character" | "credit_code.region" | "credit_code.check" | "enterprise.not_found" | "enterprise.founded_in_future" | "enterprise.admitted_before_founded" | "job.not_found" | "job.already_active" | "job.interrupted" | "job.failed" | "notification.not_found" | "notification.unknown_topic" | "demo.database_not_empty" | "demo.workflow_seeded" | "connector.folder_missing" | "connector.file_invalid" | "connector.file_not_json" | "cli.not_a_file" | "cli.no_such_file" | "cli.file_too_large" | "account.too_many_requests" | "account.link_unusable" | "account.current_password_wrong" | "account.password_unchanged" | "account.email_taken" | "registration.not_found" | "registration.already_decided" | "registration.decided_meanwhile" | "registration.credit_code_outside_park" | "registration.park_unknown" | "invitation.not_found" | "invitation.already_closed" | "invitation.used_meanwhile" | "invitation.role_not_in_organisation" | "home.not_enterprise_user" | "export.too_many_rows" | "profile.duplicate_items" | "profile.granted_before_applied" | "profile.granted_needs_date" | "profile.valid_to_before_from" | "profile.ip_taken" | "profile.financials_need_grant" | "grant.not_found" | "grant.expiry_past" | "grant.too_long" | "grant.already_revoked" | "rule_set.not_rule_set" | "rule_set.unknown_property" | "rule_set.unknown_measure" | "rule_set.measure_is_code" | "rule_set.measure_is_number" | "rule_set.not_threshold" | "rule_set.not_number" | "rule_set.not_positive" | "rule_set.empty_list" | "rule_set.not_band" | "rule_set.bands_must_rise" | "rule_set.bands_must_fall" | "rule_set.unknown_operator" | "rule_set.not_codes" | "rule_set.not_scoring_option" | "rule_set.not_scoring_band" | "rule_set.points_negative" | "rule_set.points_above_max" | "rule_set.not_rule" | "rule_set.not_id" | "rule_set.duplicate_id" | "rule_set.name_missing" | "rule_set.not_text" | "rule_set.unknown_role" | "rule_set.not_pass" | "rule_set.min_score_range" | "rule_set.not_score_rule_ids" | "rule_set.not_score_rule" | "rule_set.not_code" | "rule_set.not_date" | "rule_set.not_decimal" | "rule_set.not_whole_number" | "rule_set.unknown_condition" | "rule_set.wrong_code" | "rule_set.version_exists" | "star.needs_grant" | "star.no_rule_set" | "import.unknown_kind" | "import.file_empty" | "import.file_changed" | "import.header.unknown_column" | "import.header.duplicate_column" | "import.header.missing_column" | "import.sheet.too_large" | "import.sheet.not_a_spreadsheet" | "import.sheet.zip_bomb" | "import.sheet.empty" | "import.sheet.damaged" | "import.sheet.damaged_row" | "import.sheet.damaged_cell" | "import.sheet.formula" | "import.sheet.mixed_encoding" | "import.sheet.bad_encoding" | "import.sheet.too_many_columns" | "import.cell.required" | "import.cell.amount_invalid" | "import.cell.count_invalid" | "import.cell.year_invalid" | "import.cell.date_invalid" | "import.cell.month_invalid" | "import.cell.boolean" | "import.cell.not_an_integer" | "import.cell.too_precise" | "import.cell.negative_amount" | "import.cell.out_of_range" | "import.cell.future_date" | "import.cell.invalid_enum" | "import.cell.too_long" | "import.cell.unknown_industry" | "import.cell.unknown_region" | "import.cell.credit_code_length" | "import.cell.credit_code_character" | "import.cell.credit_code_region" | "import.cell.credit_code_check" | "import.cell.credit_code_lost_digits" | "import.cell.damaged_scientific" | "import.cell.damaged_decimal_point" | "import.cell.damaged_long_number" | "import.cell.invalid_ip_number" | "import.row.part_exceeds_whole" | "import.row.no_figures" | "import.row.granted_needs_date" | "import.row.pending_has_grant_date" | "import.row.granted_before_applied" | "import.row.admitted_before_founded" | "import.row.more_than_employees" | "import.row.duplicate" | "import.row.unknown_enterprise" | "import.row.park_needed" | "import.row.not_your_park" | "model.not_found" | "model.unknown_features" | "model.already_active" | "model.already_in_status" | "model.none_active" | "model.not_enough_outcomes" | "model.from_after_to" | "rating.not_found" | "rating.needs_grant" | "scoring_job.not_found" | "report.not_found" | "report.needs_grant" | "report.issued_to_other" | "report.not_rated" | "dataset.too_many_rows" | "dataset.too_few_rows" | "dataset.empty" | "dataset.zip" | "dataset.binary" | "dataset.not_utf8" | "dataset.csv_unreadable" | "dataset.csv_row_width" | "dataset.csv_quote_not_closed" | "dataset.csv_stray_quote" | "dataset.label_missing_on_line" | "dataset.no_header" | "dataset.label_column_missing" | "dataset.empty_column_name" | "dataset.duplicate_column" | "dataset.no_features" | "dataset.label_not_binary" | "dataset.label_one_class" | "dataset.positive_absent" | "dataset.positive_required" | "dataset.column_empty" | "dataset.text_in_numeric" | "dataset.constant_columns" | "dataset.missing_model_columns" | "dataset.text_for_numeric_feature" | "dataset.kind_mismatch" | "dataset.class_too_thin" | "training.no_features" | "training.one_class" | "training.duplicate_features" | "training.option_not_finite" | "training.option_fraction" | "training.option_share" | "training.option_at_least" | "training.option_whole_at_least" | "training.option_whole_between" | "model_file.not_gbdt" | "model_file.unsupported_version" | "model_file.base_score_invalid" | "model_file.no_features" | "model_file.feature_unnamed" | "model_file.feature_kind_invalid" | "model_file.duplicate_features" | "model_file.feature_set_mismatch" | "model_file.no_trees" | "model_file.tree_no_nodes" | "model_file.node_two_parents" | "model_file.nodes_unreachable" | "model_file.node_invalid" | "model_file.not_scorecard" | "model_file.scorecard_bins" | "model_file.scorecard_cuts_order" | "model_file.scorecard_other_group" | "product.not_found" | "product.park_request_not_found" | "product.unknown" | "product.not_yours" | "product.kind_mismatch" | "product.not_in_your_park" | "product.amount_min_above_max" | "product.term_range_half" | "product.term_out_of_range" | "product.term_min_above_max" | "product.turnaround_range" | "product.loan_type_required" | "product.rate_required" | "product.spread_min_above_max" | "product.repayment_methods_required" | "product.term_required" | "product.loan_type_only_for_loans" | "product.fee_rate_range" | "product.cover_ratio_range" | "product.stages_required" | "product.security_required" | "product.park_unknown" | "product.park_deactivated" | "rule.too_many" | "rule.flag_yes_or_no" | "rule.unknown_fact" | "rule.not_a_category" | "rule.is_a_category" | "rule.is_a_grade" | "rule.values_empty" | "rule.values_blank" | "rule.value_not_park_code" | "rule.value_not_stage" | "rule.value_not_industry_prefix" | "rule.value_not_region_prefix" | "rule.bounds_not_numbers" | "rule.min_above_max" | "rule.grade_value" | "rule.number_value" | "rule.contradicts_values" | "rule.contradicts_itself" | "rule.contradicts_bounds" | "need.not_found" | "need.enterprise_required" | "need.not_open" | "need.no_longer_open" | "need.already_closed" | "need.closed" | "need.already_taken_up" | "need.institutions_only" | "need.not_yours" | "need.kind_mismatch" | "need.term_range" | "need.purpose_required" | "need.needed_by_past" | "match.not_rated" | "lpr.none_loaded" | "application.not_found" | "application.stale_version" | "application.illegal_move" | "application.final_state" | "application.wrong_mover" | "application.move_needs_reason" | "application.move_needs_comment" | "application.move_needs_loan" | "application.approval_terms_required" | "application.approval_terms_not_applicable" | "approval.amount_above_application" | "approval.term_range" | "loan.disbursement_exceeds_approval" | "loan.disbursement_differs_from_approval" | "application.unknown_state" | "application.unknown_rejection_reason" | "application.other_reason_needs_comment" | "application.idempotency_key_reused" | "application.enterprises_only" | "application.already_open" | "application.not_rated" | "application.amount_out_of_range" | "application.term_out_of_range" | "application.term_required" | "application.need_closed" | "application.grant_unknown" | "application.grant_other_institution" | "application.grant_not_live" | "application.review_queue_institutions" | "loan.not_found" | "loan.illegal_move" | "loan.final_status" | "loan.wrong_mover" | "loan.move_needs_terms" | "loan.move_needs_paid_off" | "loan.move_needs_recovered" | "loan.move_needs_reason" | "loan.move_needs_comment" | "loan.amount_above_applied" | "loan.disbursed_before_approval" | "loan.spread_range" | "loan.not_live" | "loan.defaulted_record_recoveries" | "loan.recoveries_on_defaulted_only" | "loan.recovery_above_unrecovered" | "loan.rate_format" | "loan.rate_decimals" | "loan.rate_invalid" | "loan.spread_not_integer" | "loan.spread_rate_range" | "loan.schedule_periods" | "loan.schedule_amount" | "loan.schedule_months" | "loan.schedule_method" | "loan.schedule_start" | "loan.schedule_past_9999" | "loan.repayment_not_positive" | "loan.repayment_above_outstanding" | "loan.position_date" | "loan.instalment_date_invalid" | "loan.instalment_negative_due" | "loan.instalment_negative_paid" | "loan.instalment_overpaid" | "loan.days_overdue" | "repayment.date_before_disbursement" | "repayment.reference_taken" | "repayment.file_not_csv" | "repayment.file_no_rows" | "repayment.file_loan_id" | "repayment.file_amount" | "repayment.file_reference_taken" | "lpr.month_missing" | "lpr.file_invalid" | "lpr.csv_unreadable" | "lpr.json_unreadable" | "lpr.header_invalid" | "lpr.json_not_list" | "lpr.no_fixings" | "lpr.too_many_fixings" | "lpr.date_invalid" | "lpr.date_not_fixing_day" | "lpr.date_in_future" | "lpr.month_repeated" | "lpr.rate_invalid" | "lpr.rate_as_fraction" | "lpr.rate_too_high" | "calendar.year_mismatch" | "calendar.unreadable" | "calendar.invalid" | "calendar.year_invalid" | "calendar.json_unreadable" | "calendar.json_not_object" | "calendar.csv_unreadable" | "calendar.csv_columns" | "calendar.unknown_property" | "calendar.holidays_not_list" | "calendar.workdays_not_list" | "calendar.day_not_object" | "calendar.year_out_of_range" | "calendar.file_year_out_of_range" | "calendar.kind_invalid" | "calendar.date_invalid" | "calendar.date_not_in_year" | "calendar.workday_not_weekend" | "calendar.name_invalid" | "calendar.date_listed_twice" | "calendar.date_holiday_and_workday" | "calendar.date_repeated" | "calendar.no_holiday" | "calendar.working_days" | "signal.not_found" | "signal.already_resolved" | "signal.already_acknowledged" | "signal.note_required" | "programme.valid_from_after_to" | "programme.amount_min_above_max" | "programme.decimal_format" | "programme.share_range" | "programme.times_range" | "programme.rate_bound_empty" | "programme.cap_above_budget" | "programme.overlap" | "programme.not_interest_subsidy" | "programme.not_fee_subsidy" | "programme.field_not_for_kind" | "programme.annual_rate_range" | "subsidy.loan_outside_period" | "subsidy.not_rated" | "subsidy.grade_below" | "subsidy.no_valid_report" | "subsidy.industry_not_listed" | "subsidy.park_not_listed" | "subsidy.dishonest" | "subsidy.loan_type_not_listed" | "subsidy.institution_not_listed" | "subsidy.amount_below_min" | "subsidy.amount_above_max" | "subsidy.term_above_max" | "subsidy.rate_above_max" | "subsidy.lpr_missing" | "subsidy.period_invalid" | "subsidy.period_spans_years" | "subsidy.repayment_invalid" | "subsidy.no_payments" | "subsidy.fee_rate_above_max" | "subsidy.payment_invalid" | "subsidy.coverage_invalid" | "subsidy.run_basis_mismatch" | "subsidy.budget_mixed_programmes" | "subsidy.clawback_date_invalid" | "subsidy.clawback_after_coverage" | "subsidy.clawback_contract_unknown" | "subsidy.clawback_granted_invalid" | "claim.not_found" | "claim.illegal_move" | "claim.final_state" | "claim.wrong_mover" | "claim.move_needs" | "claim.unknown_state" | "claim.stale_version" | "claim.objection_period_over" | "claim.confirmation_closed" | "claim.account_number_format" | "claim.unknown_reason" | "claim.other_reason_needs_comment" | "claim.clawback_above_paid" | "claim.proof_not_required" | "claim.proof_wrong_provider" | "claim.proof_not_a_provider" | "claim.proof_claim_closed" | "claim.proofs_missing" | "programme.proof_duplicate" | "claim.not_in_your_park" | "programme.id_format" | "programme.not_found" | "programme.not_published" | "programme.retroactive_change" | "programme.park_not_yours" | "programme.city_wide_operator_only" | "programme.id_taken" | "programme.kind_not_supported" | "programme.kind_changed" | "programme.no_draft" | "subsidy.already_subsidised" | "batch.nothing_to_pay" | "batch.not_found" | "batch.already_paid" | "payment.no_rows" | "payment.too_many_rows" | "payment.loan_id_format" | "payment.kind_unknown" | "payment.contract_no_format" | "payment.date_format" | "payment.fen_format" | "payment.rate_format" | "payment.coverage_order" | "payment.csv_malformed" | "payment.csv_columns_missing" | "payment.loan_not_found" | "payment.not_your_loan" | "payment.contract_not_found" | "payment.already_surrendered" | "payment.surrender_outside_coverage" | "document.type_not_allowed" | "document.extension_mismatch" | "document.too_large" | "document.not_found" | "fundraising.not_found" | "fundraising.amount_not_positive" | "fundraising.valuation_not_positive" | "fundraising.valuation_range" | "fundraising.milestone_duplicate" | "fundraising.milestones_too_many" | "fundraising.profile_first" | "fundraising.investors_only" | "fundraising.documents_need_grant" | "pool.decimal_format" | "pool.share_range" | "pool.share_with_bonus_above_one" | "pool.ratio_range" | "pool.contributor_share_positive" | "pool.contributor_repeated" | "pool.partner_repeated" | "pool.leverage_target_range" | "pool.valid_from_after_to" | "pool.amount_invalid" | "pool.partner_not_listed" | "pool.partner_suspended" | "pool.loan_outside_period" | "pool.loan_policy_guaranteed" | "pool.enterprise_not_key_industry" | "pool.loan_already_registered" | "pool.balance_empty" | "pool.leverage_above_target" | "pool.loan_not_registered" | "pool.claim_overdue_too_short" | "pool.claim_lawsuit_not_accepted" | "pool.claim_illegal_move" | "pool.claim_final_state" | "pool.claim_wrong_mover" | "pool.claim_needs_reason" | "pool.claim_needs_comment" | "pool.claim_documents_missing" | "pool.claim_needs_payment" | "pool.payout_above_balance" | "pool.payout_above_approved" | "pool.contributor_unknown" | "pool.ledger_overdrawn" | "pool.not_found" | "pool.claim_not_found" | "pool.loan_not_found" | "pool.park_not_yours" | "pool.partner_not_institution" | "pool.loan_not_partners" | "pool.loan_not_in_park" | "pool.loan_not_live" | "pool.closed" | "pool.not_a_party" | "pool.claim_stale_version" | "pool.claim_trigger_unmet" | "pool.claim_not_paid" | "pool.registration_not_found" | "pool.registration_not_proposed" | "unique.pool_code_unique" | "unique.pool_loan_once" | "unique.one_open_pool_claim_per_loan" | "unique.one_payout_per_pool_claim" | "roadshow.no_slots" | "roadshow.no_tables" | "roadshow.event_days_invalid" | "roadshow.slot_invalid" | "roadshow.duplicate_slot" | "roadshow.slot_outside_event" | "roadshow.slots_out_of_order" | "roadshow.duplicate_table" | "roadshow.duplicate_participant" | "roadshow.unknown_participant" | "roadshow.duplicate_request" | "roadshow.duplicate_pair" | "roadshow.priority_invalid" | "roadshow.unavailable_unknown_slot" | "roadshow.participant_never_available" | "investor.not_found" | "investor.no_own_profile" | "investor.registration_no_format" | "investor.fund_record_code_format" | "investor.fund_record_code_repeated" | "investor.ticket_min_above_max" | "investor.amount_invalid" | "investor.stage_unknown" | "investor.stage_repeated" | "investor.stages_empty" | "investor.industry_unknown" | "investor.industries_empty" | "investor.industry_repeated" | "investor.region_unknown" | "investor.region_repeated" | "investor.park_unknown" | "investor.park_repeated" | "investor.list_too_long" | "investor.angel_has_no_registration" | "investor.portfolio_enterprise_unknown" | "investor.portfolio_enterprise_repeated" | "investor.invested_on_future";
        /** @enum {string} */
        RoleInput: "platform_operator" | "park_admin" | "institution_officer" | "enterprise_user";
        /** @enum {string} */
        OrgTypeInput: "platform" | "park_operator" | "enterprise" | "bank" | "vc_fund" | "angel_fund" | "insurer" | "guarantor" | "small_loan" | "guidance_fund" | "corporate_vc";
        /** @enum {string} */
        InstitutionTypeInput: "bank" | "vc_fund" | "angel_fund" | "insurer" | "guarantor" | "small_loan" | "guidance_fund" | "corporate_vc";
        /** @enum {string} */
        ApplicationStateInput: "draft" | "submitted" | "accepted" | "info_requested" | "approved" | "rejected" | "withdrawn" | "contract_signed" | "disbursed" | "repaying" | "closed" | "overdue" | "defaulted" | "written_off";
        /** @enum {string} */
        MoveNeedInput: "reason" | "comment" | "approval" | "loan";
        /** @enum {string} */
        RejectionReasonInput: "credit_grade" | "financials" | "collateral" | "debt_level" | "legal_risk" | "documents" | "product_scope" | "industry_policy" | "other";
        /** @enum {string} */
        DeadlineStatusInput: "none" | "on_time" | "due_soon" | "missed" | "paused" | "met" | "late";
        /** @enum {string} */
        LoanStatusInput: "live" | "closed" | "defaulted" | "written_off";
        /** @enum {string} */
        LoanClassificationInput: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
        /** @enum {string} */
        RecoverySourceInput: "collateral" | "guarantor" | "insurance" | "compensation_pool" | "enterprise" | "court" | "other";
        /** @enum {string} */
        SignalKindInput: "rating_downgrade" | "headcount_drop" | "legal_event" | "tax_grade_change" | "overdue_repayment";
        /** @enum {string} */
        SignalStatusInput: "open" | "acknowledged" | "resolved";
        /** @enum {string} */
        ProductKindInput: "loan" | "guarantee" | "insurance" | "equity";
        /** @enum {string} */
        ProductStatusInput: "draft" | "published" | "withdrawn";
        /** @enum {string} */
        LoanTypeInput: "credit" | "ip_pledge" | "innovation_points" | "equity_incentive" | "receivables" | "order_financing" | "investment_loan_linkage";
        /** @enum {string} */
        RepaymentMethodInput: "equal_instalment" | "equal_principal" | "interest_only";
        /** @enum {string} */
        SecurityKindInput: "none" | "ip_pledge" | "receivables" | "guarantor" | "equity_pledge" | "real_estate" | "orders";
        /** @enum {string} */
        LprTenorInput: "1y" | "5y";
        /** @enum {string} */
        StageInput: "startup" | "growth" | "mature";
        /** @enum {string} */
        RuleOpInput: "gte" | "lte" | "between" | "in" | "not_in";
        /** @enum {string} */
        GradeInput: "AAA" | "AA" | "A" | "BBB" | "BB" | "B" | "CCC" | "CC" | "C";
        /** @enum {string} */
        NeedStatusInput: "open" | "taken_up" | "closed" | "withdrawn";
        /** @enum {string} */
        RegistrationStatusInput: "pending" | "admitted" | "rejected";
        /** @enum {string} */
        TrainingKindInput: "scorecard" | "gbdt" | "both";
        /** @enum {string} */
        InvestorKindInput: "vc_fund" | "angel_fund" | "corporate_vc" | "guidance_fund" | "individual_angel";
        /** @enum {string} */
        InvestmentStageInput: "seed" | "angel" | "pre_a" | "series_a" | "series_b" | "series_c" | "pre_ipo" | "strategic";
        /** @enum {string} */
        AuditFamilyInput: "auth" | "user" | "registration" | "invitation" | "park" | "institution" | "enterprise" | "profile" | "grant" | "import" | "connector" | "rating" | "model" | "report" | "product" | "need" | "match" | "application" | "loan" | "signal" | "calendar" | "lpr" | "notification" | "export" | "programme" | "claim" | "pool" | "fundraising" | "investor" | "rule_set" | "demo";
        AuditEventInput: {
            id: string;
            at: string;
            actor: {
                /** @enum {string} */
                kind: "user" | "system" | "visitor";
                name: string;
                email: string | null;
                organisation: string | null;
            };
            action: string;
            actionLabel: string;
            family: string;
            familyLabel: string;
            targetType: string;
            targetLabel: string;
            targetId: string | null;
            parkId: string | null;
            clientAddress: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditCatalogueInput: {
            families: {
                code: components["schemas"]["AuditFamilyInput"];
                label: string;
                actions: {
                    code: string;
                    label: string;
                }[];
            }[];
            targetTypes: {
                code: string;
                label: string;
            }[];
        };
        /** @enum {string} */
        CriteriaMissingReasonInput: "no_statement" | "figure_missing" | "ratio_uncomputable" | "ratio_uncomputable_years" | "no_headcount" | "staff_missing" | "growth_needs_two_years" | "growth_base_missing" | "employee_count_missing" | "threshold_unknown" | "not_a_number";
        CriteriaMissingInput: {
            code: components["schemas"]["CriteriaMissingReasonInput"];
            params: {
                [key: string]: string | number | number[];
            };
        };
        /** @enum {string} */
        CriteriaMeasureInput: "employees" | "revenue_yuan" | "total_assets_yuan" | "st_staff_share" | "rd_staff_share" | "rd_revenue_ratio" | "rd_cost_ratio" | "rd_revenue_ratio_3y" | "rd_domestic_share_3y" | "high_tech_revenue_share" | "class1_ip_count" | "class2_ip_count" | "core_ip_count" | "registered_years" | "industry_code" | "revenue_growth_avg" | "net_asset_growth_avg" | "open_abnormal_operations" | "valid_hnte" | "valid_rd_platform";
        /** @enum {string} */
        CriteriaUnitInput: "count" | "yuan" | "fraction" | "years" | "code" | "flag";
        RuleCheckInput: {
            id: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            role: "gate" | "shortcut" | "score";
            passed: boolean;
            /** @description the measured value, null when the data is missing */
            actual: number | string | null;
            /** @description the threshold as applied, or the full-points value of a score */
            required: (number | string[]) | null;
            /** @enum {string} */
            op?: ">=" | ">" | "<=" | "<" | "==" | "in" | "prefix_in";
            measure: components["schemas"]["CriteriaMeasureInput"];
            unit: components["schemas"]["CriteriaUnitInput"];
            missing?: components["schemas"]["CriteriaMissingInput"][];
            /** @description the rule set's note on the rule, in English */
            note?: string;
            points?: number;
            maxPoints?: number;
            /** @description the whole explanation in English */
            message: string;
        };
        CriteriaCheckInput: {
            code: string;
            version: string;
            passed: boolean;
            score?: number;
            maxScore?: number;
            /** @enum {string} */
            passedBy?: "rules" | "shortcut";
            rules: components["schemas"]["RuleCheckInput"][];
        };
        StarIndicatorInput: {
            /** @enum {string} */
            id: "rd_share_of_revenue" | "rd_total" | "rd_staff_share" | "invention_patents" | "revenue_growth" | "last_revenue" | "exception_invention_patents";
            /** @enum {string} */
            group: "rd_investment" | "rd_staff" | "invention_patents" | "revenue" | "exception";
            met: boolean;
            /** @enum {string} */
            unit: "ratio" | "fen" | "count" | "assessment";
            actual: number | null;
            required: number | null;
            /** @description required − actual in the unit; 0 when met, null when unknown */
            gap: number | null;
            /** @description Whole years until met at the recent growth; 0 when met, null when it does not close at that growth */
            yearsToClose: number | null;
            /** @enum {string} */
            outlook: "met" | "closes" | "not_at_current_growth" | "no_data" | "not_projected";
            /** @enum {string} */
            missing?: "financial_years" | "staff_month" | "market_value";
        };
        StarConditionInput: {
            /** @enum {string} */
            kind: "market_value" | "net_profit_positive_each_year" | "net_profit_total" | "revenue_last_year" | "rd_share_of_revenue" | "operating_cash_flow_total" | "needs_assessment";
            topic?: string;
            met: boolean;
            /** @enum {string} */
            unit: "ratio" | "fen" | "count" | "assessment";
            actual: number | null;
            required: number | null;
            /** @description required − actual in the unit; 0 when met, null when unknown */
            gap: number | null;
            /** @description Whole years until met at the recent growth; 0 when met, null when it does not close at that growth */
            yearsToClose: number | null;
            /** @enum {string} */
            outlook: "met" | "closes" | "not_at_current_growth" | "no_data" | "not_projected";
            /** @enum {string} */
            missing?: "financial_years" | "staff_month" | "market_value";
        };
        StarReadinessInput: {
            creditCode: string;
            enterpriseName: string;
            asOf: string;
            ruleSetCode: string;
            ruleSetVersion: string;
            ruleSetName: {
                zh: string;
                en: string;
            };
            fiscalYears: number[];
            staffMonth: string | null;
            attributesMet: boolean;
            attributesMetBy: ("regular" | "exception") | null;
            groups: {
                /** @enum {string} */
                id: "rd_investment" | "rd_staff" | "invention_patents" | "revenue" | "exception";
                met: boolean;
                indicators: ("rd_share_of_revenue" | "rd_total" | "rd_staff_share" | "invention_patents" | "revenue_growth" | "last_revenue" | "exception_invention_patents")[];
            }[];
            indicators: components["schemas"]["StarIndicatorInput"][];
            expectedMarketValueFen: number | null;
            /** @enum {string} */
            marketValueSource: "user" | "last_round" | "none";
            standards: {
                id: string;
                nameZh: string;
                nameEn: string;
                /** @enum {string} */
                status: "met" | "not_met" | "needs_assessment";
                met: boolean;
                gaps: components["schemas"]["StarConditionInput"][];
                alternatives: components["schemas"]["StarConditionInput"][][];
            }[];
            growth: {
                revenue: number | null;
                rdExpense: number | null;
                netProfit: number | null;
                operatingCashFlow: number | null;
                employees: number | null;
                rdStaff: number | null;
                inventionPatentsPerYear: number;
            };
        };
        MatchFactInput: {
            key: string;
            /**
             * @description flag: yes/no, a rule is gte 1 (required) or lte 0 (excluded)
             * @enum {string}
             */
            kind: "number" | "flag" | "grade" | "category" | "code";
            unit: string;
            nameZh: string;
            nameEn: string;
            scale?: string[];
            ops: components["schemas"]["RuleOpInput"][];
        };
        ApplicationInput: {
            id: string;
            state: components["schemas"]["ApplicationStateInput"];
            version: number;
            enterprise: {
                id: string;
                creditCode: string;
                name: string;
            };
            institution: {
                id: string;
                name: string;
            };
            product: {
                id: string;
                name: string;
                kind: components["schemas"]["ProductKindInput"];
                version: number;
            };
            parkCode: string;
            needId: string | null;
            grantId: string | null;
            ratingId: string | null;
            amountFen: number;
            termMonths: number | null;
            purpose: string;
            submittedAt: string | null;
            deadline: {
                on: string | null;
                status: components["schemas"]["DeadlineStatusInput"];
                /** @description working days left (negative: days late); null when decided or without a deadline */
                workingDaysLeft: number | null;
            };
            decidedAt: string | null;
            responseWorkingDays: number | null;
            approval: {
                amountFen: number;
                /** @enum {string} */
                lprTenor: "1y" | "5y";
                spreadBp: number;
                termMonths: number;
            } | null;
            rejection: {
                reason: string;
                label: string;
                text: string | null;
                advice: string | null;
            } | null;
            createdAt: string;
            updatedAt: string;
        };
        ApplicationDetailInput: {
            id: string;
            state: components["schemas"]["ApplicationStateInput"];
            version: number;
            enterprise: {
                id: string;
                creditCode: string;
                name: string;
            };
            institution: {
                id: string;
                name: string;
            };
            product: {
                id: string;
                name: string;
                kind: components["schemas"]["ProductKindInput"];
                version: number;
            };
            parkCode: string;
            needId: string | null;
            grantId: string | null;
            ratingId: string | null;
            amountFen: number;
            termMonths: number | null;
            purpose: string;
            submittedAt: string | null;
            deadline: {
                on: string | null;
                status: components["schemas"]["DeadlineStatusInput"];
                /** @description working days left (negative: days late); null when decided or without a deadline */
                workingDaysLeft: number | null;
            };
            decidedAt: string | null;
            responseWorkingDays: number | null;
            approval: {
                amountFen: number;
                /** @enum {string} */
                lprTenor: "1y" | "5y";
                spreadBp: number;
                termMonths: number;
            } | null;
            rejection: {
                reason: string;
                label: string;
                text: string | null;
                advice: string | null;
            } | null;
            createdAt: string;
            updatedAt: string;
            rating: {
                grade: string;
                score: number;
                ratedAt: string;
            } | null;
            loan: {
                id: string;
                status: components["schemas"]["LoanStatusInput"];
            } | null;
            moves: {
                to: components["schemas"]["ApplicationStateInput"];
                needs: components["schemas"]["MoveNeedInput"][];
            }[];
            timeline: {
                from: components["schemas"]["ApplicationStateInput"] | null;
                to: components["schemas"]["ApplicationStateInput"];
                version: number;
                at: string;
                actorEmail: string | null;
                reason: string | null;
                comment: string | null;
            }[];
            advice: {
                rule: string;
                actual: number | string | null;
                required: string;
                advice: string;
            }[];
        };
        /** @enum {string} */
        FundraisingRoundInput: "angel" | "seed" | "pre_a" | "series_a" | "series_b" | "series_c" | "later" | "pre_ipo" | "strategic";
        InvestorSummaryInput: {
            id: string;
            kind: components["schemas"]["InvestorKindInput"];
            organisationId: string | null;
            ownerUserId: string | null;
            name: string;
            nameEn: string | null;
            thesis: string;
            stages: components["schemas"]["InvestmentStageInput"][];
            industryCodes: string[];
            regionCodes: string[];
            parkIds: string[];
            ticketMinFen: number;
            ticketMaxFen: number;
            fundSizeFen: number | null;
            managerRegistrationNo: string | null;
            fundRecordCodes: string[];
            website: string | null;
            portfolioCount: number;
            updatedAt: string;
        };
        InvestorDetailInput: {
            id: string;
            kind: components["schemas"]["InvestorKindInput"];
            organisationId: string | null;
            ownerUserId: string | null;
            name: string;
            nameEn: string | null;
            thesis: string;
            stages: components["schemas"]["InvestmentStageInput"][];
            industryCodes: string[];
            regionCodes: string[];
            parkIds: string[];
            ticketMinFen: number;
            ticketMaxFen: number;
            fundSizeFen: number | null;
            managerRegistrationNo: string | null;
            fundRecordCodes: string[];
            website: string | null;
            portfolioCount: number;
            updatedAt: string;
            team: {
                name: string;
                title: string;
                bio: string | null;
                email: string | null;
            }[];
            portfolio: {
                enterpriseId: string | null;
                companyName: string;
                industryCode: string | null;
                round: components["schemas"]["InvestmentStageInput"] | null;
                investedOn: string | null;
                amountFen: number | null;
                enterpriseParkId: string | null;
                enterpriseCreditCode: string | null;
            }[];
            privateFields: boolean;
        };
        InvestorProfileInputInput: {
            thesis: string;
            stages: components["schemas"]["InvestmentStageInput"][];
            industryCodes: string[];
            regionCodes: string[];
            parkIds: string[];
            ticketMinFen: number;
            ticketMaxFen: number;
            fundSizeFen: number | null;
            managerRegistrationNo: string | null;
            fundRecordCodes: string[];
            website: string | null;
            team: {
                name: string;
                title: string;
                bio: string | null;
                email: string | null;
            }[];
            portfolio: {
                enterpriseId: string | null;
                companyName: string;
                industryCode: string | null;
                round: components["schemas"]["InvestmentStageInput"] | null;
                investedOn: string | null;
                amountFen: number | null;
            }[];
        };
        /** @enum {string} */
        PoolLoanStatusInput: "proposed" | "registered" | "declined";
        /** @enum {string} */
        ErrorCode: "request.invalid" | "request.malformed_json" | "request.empty_json" | "request.bad_content_length" | "request.bad_url" | "request.param_too_long" | "request.form_field_name" | "request.form_field_json" | "request.multipart_required" | "request.multipart_malformed" | "request.too_many_form_fields" | "request.content_type_required" | "request.malformed_http" | "request.body_not_utf8" | "request.json_too_deep" | "request.bad_request" | "request.too_large" | "request.headers_too_large" | "request.timeout" | "request.unsupported_media_type" | "request.not_acceptable" | "request.uri_too_long" | "request.method_not_allowed" | "request.route_not_found" | "server.internal" | "server.unavailable" | "server.starting" | "web.file_not_found" | "server.database_unreachable" | "file.required" | "file.one_only" | "file.too_large" | "file.unsupported_type" | "field.required" | "field.invalid" | "field.invalid_type" | "field.too_short" | "field.too_long" | "field.too_small" | "field.too_small_exclusive" | "field.too_big" | "field.too_big_exclusive" | "field.too_few" | "field.too_many" | "field.not_integer" | "field.not_multiple" | "field.invalid_enum" | "field.invalid_format" | "field.invalid_email" | "field.invalid_id" | "field.invalid_date" | "field.invalid_month" | "field.invalid_datetime" | "field.invalid_url" | "field.unknown_keys" | "field.credit_code_length" | "field.invalid_region_code" | "field.unknown_region_code" | "field.invalid_industry_code" | "field.unknown_industry_code" | "field.industry_prefix" | "field.region_prefix" | "field.park_code_format" | "field.sha256_format" | "field.negative" | "field.not_positive" | "field.in_future" | "field.in_past" | "field.duplicate" | "field.not_plain_text" | "field.not_utf8" | "field.not_percent_utf8" | "field.invalid_phone" | "field.date_order" | "text.nul" | "text.lone_surrogate" | "text.line_break" | "text.control" | "text.carriage_return" | "auth.sign_in_required" | "auth.invalid_credentials" | "auth.too_many_attempts" | "auth.cross_site" | "auth.foreign_origin" | "access.role_may_not" | "access.enterprise_grants_only" | "access.no_park" | "access.not_your_park" | "access.not_your_organisation" | "access.not_a_party" | "access.not_a_party_to_move" | "access.denied" | "unique.one_open_application_per_product" | "unique.idempotency_key_once" | "unique.take_up_once_per_institution" | "unique.one_active_model" | "unique.model_version_name_unique" | "unique.product_version_once" | "unique.repayment_reference_once_per_loan" | "unique.one_loan_per_application" | "unique.one_investor_profile_per_organisation" | "unique.one_investor_profile_per_user" | "unique.one_open_invitation_per_email" | "unique.one_pending_registration_per_credit_code" | "unique.one_pending_registration_per_email" | "unique.user_email_unique" | "unique.membership_once" | "unique.credit_code_unique" | "unique.park_code_unique" | "unique.rule_set_version_once" | "unique.one_pitch_deck" | "unique.one_claim_per_loan_and_period" | "unique.programme_version_once" | "unique.one_draft_per_programme" | "unique.violated" | "park.not_found" | "park.code_not_found" | "park.code_taken" | "park.unknown" | "park.unknown_code" | "park.no_operator" | "organisation.not_found" | "organisation.required" | "organisation.unknown" | "organisation.credit_code_taken" | "institution.not_found" | "institution.required" | "institution.unknown" | "user.not_found" | "user.email_taken" | "user.cannot_deactivate_self" | "user.role_not_in_organisation_type" | "user.signed_in_only" | "credit_code.length" | "credit_code.character" | "credit_code.region" | "credit_code.check" | "enterprise.not_found" | "enterprise.founded_in_future" | "enterprise.admitted_before_founded" | "job.not_found" | "job.already_active" | "job.interrupted" | "job.failed" | "notification.not_found" | "notification.unknown_topic" | "demo.database_not_empty" | "demo.workflow_seeded" | "connector.folder_missing" | "connector.file_invalid" | "connector.file_not_json" | "cli.not_a_file" | "cli.no_such_file" | "cli.file_too_large" | "account.too_many_requests" | "account.link_unusable" | "account.current_password_wrong" | "account.password_unchanged" | "account.email_taken" | "registration.not_found" | "registration.already_decided" | "registration.decided_meanwhile" | "registration.credit_code_outside_park" | "registration.park_unknown" | "invitation.not_found" | "invitation.already_closed" | "invitation.used_meanwhile" | "invitation.role_not_in_organisation" | "home.not_enterprise_user" | "export.too_many_rows" | "profile.duplicate_items" | "profile.granted_before_applied" | "profile.granted_needs_date" | "profile.valid_to_before_from" | "profile.ip_taken" | "profile.financials_need_grant" | "grant.not_found" | "grant.expiry_past" | "grant.too_long" | "grant.already_revoked" | "rule_set.not_rule_set" | "rule_set.unknown_property" | "rule_set.unknown_measure" | "rule_set.measure_is_code" | "rule_set.measure_is_number" | "rule_set.not_threshold" | "rule_set.not_number" | "rule_set.not_positive" | "rule_set.empty_list" | "rule_set.not_band" | "rule_set.bands_must_rise" | "rule_set.bands_must_fall" | "rule_set.unknown_operator" | "rule_set.not_codes" | "rule_set.not_scoring_option" | "rule_set.not_scoring_band" | "rule_set.points_negative" | "rule_set.points_above_max" | "rule_set.not_rule" | "rule_set.not_id" | "rule_set.duplicate_id" | "rule_set.name_missing" | "rule_set.not_text" | "rule_set.unknown_role" | "rule_set.not_pass" | "rule_set.min_score_range" | "rule_set.not_score_rule_ids" | "rule_set.not_score_rule" | "rule_set.not_code" | "rule_set.not_date" | "rule_set.not_decimal" | "rule_set.not_whole_number" | "rule_set.unknown_condition" | "rule_set.wrong_code" | "rule_set.version_exists" | "star.needs_grant" | "star.no_rule_set" | "import.unknown_kind" | "import.file_empty" | "import.file_changed" | "import.header.unknown_column" | "import.header.duplicate_column" | "import.header.missing_column" | "import.sheet.too_large" | "import.sheet.not_a_spreadsheet" | "import.sheet.zip_bomb" | "import.sheet.empty" | "import.sheet.damaged" | "import.sheet.damaged_row" | "import.sheet.damaged_cell" | "import.sheet.formula" | "import.sheet.mixed_encoding" | "import.sheet.bad_encoding" | "import.sheet.too_many_columns" | "import.cell.required" | "import.cell.amount_invalid" | "import.cell.count_invalid" | "import.cell.year_invalid" | "import.cell.date_invalid" | "import.cell.month_invalid" | "import.cell.boolean" | "import.cell.not_an_integer" | "import.cell.too_precise" | "import.cell.negative_amount" | "import.cell.out_of_range" | "import.cell.future_date" | "import.cell.invalid_enum" | "import.cell.too_long" | "import.cell.unknown_industry" | "import.cell.unknown_region" | "import.cell.credit_code_length" | "import.cell.credit_code_character" | "import.cell.credit_code_region" | "import.cell.credit_code_check" | "import.cell.credit_code_lost_digits" | "import.cell.damaged_scientific" | "import.cell.damaged_decimal_point" | "import.cell.damaged_long_number" | "import.cell.invalid_ip_number" | "import.row.part_exceeds_whole" | "import.row.no_figures" | "import.row.granted_needs_date" | "import.row.pending_has_grant_date" | "import.row.granted_before_applied" | "import.row.admitted_before_founded" | "import.row.more_than_employees" | "import.row.duplicate" | "import.row.unknown_enterprise" | "import.row.park_needed" | "import.row.not_your_park" | "model.not_found" | "model.unknown_features" | "model.already_active" | "model.already_in_status" | "model.none_active" | "model.not_enough_outcomes" | "model.from_after_to" | "rating.not_found" | "rating.needs_grant" | "scoring_job.not_found" | "report.not_found" | "report.needs_grant" | "report.issued_to_other" | "report.not_rated" | "dataset.too_many_rows" | "dataset.too_few_rows" | "dataset.empty" | "dataset.zip" | "dataset.binary" | "dataset.not_utf8" | "dataset.csv_unreadable" | "dataset.csv_row_width" | "dataset.csv_quote_not_closed" | "dataset.csv_stray_quote" | "dataset.label_missing_on_line" | "dataset.no_header" | "dataset.label_column_missing" | "dataset.empty_column_name" | "dataset.duplicate_column" | "dataset.no_features" | "dataset.label_not_binary" | "dataset.label_one_class" | "dataset.positive_absent" | "dataset.positive_required" | "dataset.column_empty" | "dataset.text_in_numeric" | "dataset.constant_columns" | "dataset.missing_model_columns" | "dataset.text_for_numeric_feature" | "dataset.kind_mismatch" | "dataset.class_too_thin" | "training.no_features" | "training.one_class" | "training.duplicate_features" | "training.option_not_finite" | "training.option_fraction" | "training.option_share" | "training.option_at_least" | "training.option_whole_at_least" | "training.option_whole_between" | "model_file.not_gbdt" | "model_file.unsupported_version" | "model_file.base_score_invalid" | "model_file.no_features" | "model_file.feature_unnamed" | "model_file.feature_kind_invalid" | "model_file.duplicate_features" | "model_file.feature_set_mismatch" | "model_file.no_trees" | "model_file.tree_no_nodes" | "model_file.node_two_parents" | "model_file.nodes_unreachable" | "model_file.node_invalid" | "model_file.not_scorecard" | "model_file.scorecard_bins" | "model_file.scorecard_cuts_order" | "model_file.scorecard_other_group" | "product.not_found" | "product.park_request_not_found" | "product.unknown" | "product.not_yours" | "product.kind_mismatch" | "product.not_in_your_park" | "product.amount_min_above_max" | "product.term_range_half" | "product.term_out_of_range" | "product.term_min_above_max" | "product.turnaround_range" | "product.loan_type_required" | "product.rate_required" | "product.spread_min_above_max" | "product.repayment_methods_required" | "product.term_required" | "product.loan_type_only_for_loans" | "product.fee_rate_range" | "product.cover_ratio_range" | "product.stages_required" | "product.security_required" | "product.park_unknown" | "product.park_deactivated" | "rule.too_many" | "rule.flag_yes_or_no" | "rule.unknown_fact" | "rule.not_a_category" | "rule.is_a_category" | "rule.is_a_grade" | "rule.values_empty" | "rule.values_blank" | "rule.value_not_park_code" | "rule.value_not_stage" | "rule.value_not_industry_prefix" | "rule.value_not_region_prefix" | "rule.bounds_not_numbers" | "rule.min_above_max" | "rule.grade_value" | "rule.number_value" | "rule.contradicts_values" | "rule.contradicts_itself" | "rule.contradicts_bounds" | "need.not_found" | "need.enterprise_required" | "need.not_open" | "need.no_longer_open" | "need.already_closed" | "need.closed" | "need.already_taken_up" | "need.institutions_only" | "need.not_yours" | "need.kind_mismatch" | "need.term_range" | "need.purpose_required" | "need.needed_by_past" | "match.not_rated" | "lpr.none_loaded" | "application.not_found" | "application.stale_version" | "application.illegal_move" | "application.final_state" | "application.wrong_mover" | "application.move_needs_reason" | "application.move_needs_comment" | "application.move_needs_loan" | "application.approval_terms_required" | "application.approval_terms_not_applicable" | "approval.amount_above_application" | "approval.term_range" | "loan.disbursement_exceeds_approval" | "loan.disbursement_differs_from_approval" | "application.unknown_state" | "application.unknown_rejection_reason" | "application.other_reason_needs_comment" | "application.idempotency_key_reused" | "application.enterprises_only" | "application.already_open" | "application.not_rated" | "application.amount_out_of_range" | "application.term_out_of_range" | "application.term_required" | "application.need_closed" | "application.grant_unknown" | "application.grant_other_institution" | "application.grant_not_live" | "application.review_queue_institutions" | "loan.not_found" | "loan.illegal_move" | "loan.final_status" | "loan.wrong_mover" | "loan.move_needs_terms" | "loan.move_needs_paid_off" | "loan.move_needs_recovered" | "loan.move_needs_reason" | "loan.move_needs_comment" | "loan.amount_above_applied" | "loan.disbursed_before_approval" | "loan.spread_range" | "loan.not_live" | "loan.defaulted_record_recoveries" | "loan.recoveries_on_defaulted_only" | "loan.recovery_above_unrecovered" | "loan.rate_format" | "loan.rate_decimals" | "loan.rate_invalid" | "loan.spread_not_integer" | "loan.spread_rate_range" | "loan.schedule_periods" | "loan.schedule_amount" | "loan.schedule_months" | "loan.schedule_method" | "loan.schedule_start" | "loan.schedule_past_9999" | "loan.repayment_not_positive" | "loan.repayment_above_outstanding" | "loan.position_date" | "loan.instalment_date_invalid" | "loan.instalment_negative_due" | "loan.instalment_negative_paid" | "loan.instalment_overpaid" | "loan.days_overdue" | "repayment.date_before_disbursement" | "repayment.reference_taken" | "repayment.file_not_csv" | "repayment.file_no_rows" | "repayment.file_loan_id" | "repayment.file_amount" | "repayment.file_reference_taken" | "lpr.month_missing" | "lpr.file_invalid" | "lpr.csv_unreadable" | "lpr.json_unreadable" | "lpr.header_invalid" | "lpr.json_not_list" | "lpr.no_fixings" | "lpr.too_many_fixings" | "lpr.date_invalid" | "lpr.date_not_fixing_day" | "lpr.date_in_future" | "lpr.month_repeated" | "lpr.rate_invalid" | "lpr.rate_as_fraction" | "lpr.rate_too_high" | "calendar.year_mismatch" | "calendar.unreadable" | "calendar.invalid" | "calendar.year_invalid" | "calendar.json_unreadable" | "calendar.json_not_object" | "calendar.csv_unreadable" | "calendar.csv_columns" | "calendar.unknown_property" | "calendar.holidays_not_list" | "calendar.workdays_not_list" | "calendar.day_not_object" | "calendar.year_out_of_range" | "calendar.file_year_out_of_range" | "calendar.kind_invalid" | "calendar.date_invalid" | "calendar.date_not_in_year" | "calendar.workday_not_weekend" | "calendar.name_invalid" | "calendar.date_listed_twice" | "calendar.date_holiday_and_workday" | "calendar.date_repeated" | "calendar.no_holiday" | "calendar.working_days" | "signal.not_found" | "signal.already_resolved" | "signal.already_acknowledged" | "signal.note_required" | "programme.valid_from_after_to" | "programme.amount_min_above_max" | "programme.decimal_format" | "programme.share_range" | "programme.times_range" | "programme.rate_bound_empty" | "programme.cap_above_budget" | "programme.overlap" | "programme.not_interest_subsidy" | "programme.not_fee_subsidy" | "programme.field_not_for_kind" | "programme.annual_rate_range" | "subsidy.loan_outside_period" | "subsidy.not_rated" | "subsidy.grade_below" | "subsidy.no_valid_report" | "subsidy.industry_not_listed" | "subsidy.park_not_listed" | "subsidy.dishonest" | "subsidy.loan_type_not_listed" | "subsidy.institution_not_listed" | "subsidy.amount_below_min" | "subsidy.amount_above_max" | "subsidy.term_above_max" | "subsidy.rate_above_max" | "subsidy.lpr_missing" | "subsidy.period_invalid" | "subsidy.period_spans_years" | "subsidy.repayment_invalid" | "subsidy.no_payments" | "subsidy.fee_rate_above_max" | "subsidy.payment_invalid" | "subsidy.coverage_invalid" | "subsidy.run_basis_mismatch" | "subsidy.budget_mixed_programmes" | "subsidy.clawback_date_invalid" | "subsidy.clawback_after_coverage" | "subsidy.clawback_contract_unknown" | "subsidy.clawback_granted_invalid" | "claim.not_found" | "claim.illegal_move" | "claim.final_state" | "claim.wrong_mover" | "claim.move_needs" | "claim.unknown_state" | "claim.stale_version" | "claim.objection_period_over" | "claim.confirmation_closed" | "claim.account_number_format" | "claim.unknown_reason" | "claim.other_reason_needs_comment" | "claim.clawback_above_paid" | "claim.proof_not_required" | "claim.proof_wrong_provider" | "claim.proof_not_a_provider" | "claim.proof_claim_closed" | "claim.proofs_missing" | "programme.proof_duplicate" | "claim.not_in_your_park" | "programme.id_format" | "programme.not_found" | "programme.not_published" | "programme.retroactive_change" | "programme.park_not_yours" | "programme.city_wide_operator_only" | "programme.id_taken" | "programme.kind_not_supported" | "programme.kind_changed" | "programme.no_draft" | "subsidy.already_subsidised" | "batch.nothing_to_pay" | "batch.not_found" | "batch.already_paid" | "payment.no_rows" | "payment.too_many_rows" | "payment.loan_id_format" | "payment.kind_unknown" | "payment.contract_no_format" | "payment.date_format" | "payment.fen_format" | "payment.rate_format" | "payment.coverage_order" | "payment.csv_malformed" | "payment.csv_columns_missing" | "payment.loan_not_found" | "payment.not_your_loan" | "payment.contract_not_found" | "payment.already_surrendered" | "payment.surrender_outside_coverage" | "document.type_not_allowed" | "document.extension_mismatch" | "document.too_large" | "document.not_found" | "fundraising.not_found" | "fundraising.amount_not_positive" | "fundraising.valuation_not_positive" | "fundraising.valuation_range" | "fundraising.milestone_duplicate" | "fundraising.milestones_too_many" | "fundraising.profile_first" | "fundraising.investors_only" | "fundraising.documents_need_grant" | "pool.decimal_format" | "pool.share_range" | "pool.share_with_bonus_above_one" | "pool.ratio_range" | "pool.contributor_share_positive" | "pool.contributor_repeated" | "pool.partner_repeated" | "pool.leverage_target_range" | "pool.valid_from_after_to" | "pool.amount_invalid" | "pool.partner_not_listed" | "pool.partner_suspended" | "pool.loan_outside_period" | "pool.loan_policy_guaranteed" | "pool.enterprise_not_key_industry" | "pool.loan_already_registered" | "pool.balance_empty" | "pool.leverage_above_target" | "pool.loan_not_registered" | "pool.claim_overdue_too_short" | "pool.claim_lawsuit_not_accepted" | "pool.claim_illegal_move" | "pool.claim_final_state" | "pool.claim_wrong_mover" | "pool.claim_needs_reason" | "pool.claim_needs_comment" | "pool.claim_documents_missing" | "pool.claim_needs_payment" | "pool.payout_above_balance" | "pool.payout_above_approved" | "pool.contributor_unknown" | "pool.ledger_overdrawn" | "pool.not_found" | "pool.claim_not_found" | "pool.loan_not_found" | "pool.park_not_yours" | "pool.partner_not_institution" | "pool.loan_not_partners" | "pool.loan_not_in_park" | "pool.loan_not_live" | "pool.closed" | "pool.not_a_party" | "pool.claim_stale_version" | "pool.claim_trigger_unmet" | "pool.claim_not_paid" | "pool.registration_not_found" | "pool.registration_not_proposed" | "unique.pool_code_unique" | "unique.pool_loan_once" | "unique.one_open_pool_claim_per_loan" | "unique.one_payout_per_pool_claim" | "roadshow.no_slots" | "roadshow.no_tables" | "roadshow.event_days_invalid" | "roadshow.slot_invalid" | "roadshow.duplicate_slot" | "roadshow.slot_outside_event" | "roadshow.slots_out_of_order" | "roadshow.duplicate_table" | "roadshow.duplicate_participant" | "roadshow.unknown_participant" | "roadshow.duplicate_request" | "roadshow.duplicate_pair" | "roadshow.priority_invalid" | "roadshow.unavailable_unknown_slot" | "roadshow.participant_never_available" | "investor.not_found" | "investor.no_own_profile" | "investor.registration_no_format" | "investor.fund_record_code_format" | "investor.fund_record_code_repeated" | "investor.ticket_min_above_max" | "investor.amount_invalid" | "investor.stage_unknown" | "investor.stage_repeated" | "investor.stages_empty" | "investor.industry_unknown" | "investor.industries_empty" | "investor.industry_repeated" | "investor.region_unknown" | "investor.region_repeated" | "investor.park_unknown" | "investor.park_repeated" | "investor.list_too_long" | "investor.angel_has_no_registration" | "investor.portfolio_enterprise_unknown" | "investor.portfolio_enterprise_repeated" | "investor.invested_on_future";
        /** @enum {string} */
        Role: "platform_operator" | "park_admin" | "institution_officer" | "enterprise_user";
        /** @enum {string} */
        OrgType: "platform" | "park_operator" | "enterprise" | "bank" | "vc_fund" | "angel_fund" | "insurer" | "guarantor" | "small_loan" | "guidance_fund" | "corporate_vc";
        /** @enum {string} */
        InstitutionType: "bank" | "vc_fund" | "angel_fund" | "insurer" | "guarantor" | "small_loan" | "guidance_fund" | "corporate_vc";
        /** @enum {string} */
        ApplicationState: "draft" | "submitted" | "accepted" | "info_requested" | "approved" | "rejected" | "withdrawn" | "contract_signed" | "disbursed" | "repaying" | "closed" | "overdue" | "defaulted" | "written_off";
        /** @enum {string} */
        MoveNeed: "reason" | "comment" | "approval" | "loan";
        /** @enum {string} */
        RejectionReason: "credit_grade" | "financials" | "collateral" | "debt_level" | "legal_risk" | "documents" | "product_scope" | "industry_policy" | "other";
        /** @enum {string} */
        DeadlineStatus: "none" | "on_time" | "due_soon" | "missed" | "paused" | "met" | "late";
        /** @enum {string} */
        LoanStatus: "live" | "closed" | "defaulted" | "written_off";
        /** @enum {string} */
        LoanClassification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
        /** @enum {string} */
        RecoverySource: "collateral" | "guarantor" | "insurance" | "compensation_pool" | "enterprise" | "court" | "other";
        /** @enum {string} */
        SignalKind: "rating_downgrade" | "headcount_drop" | "legal_event" | "tax_grade_change" | "overdue_repayment";
        /** @enum {string} */
        SignalStatus: "open" | "acknowledged" | "resolved";
        /** @enum {string} */
        ProductKind: "loan" | "guarantee" | "insurance" | "equity";
        /** @enum {string} */
        ProductStatus: "draft" | "published" | "withdrawn";
        /** @enum {string} */
        LoanType: "credit" | "ip_pledge" | "innovation_points" | "equity_incentive" | "receivables" | "order_financing" | "investment_loan_linkage";
        /** @enum {string} */
        RepaymentMethod: "equal_instalment" | "equal_principal" | "interest_only";
        /** @enum {string} */
        SecurityKind: "none" | "ip_pledge" | "receivables" | "guarantor" | "equity_pledge" | "real_estate" | "orders";
        /** @enum {string} */
        LprTenor: "1y" | "5y";
        /** @enum {string} */
        Stage: "startup" | "growth" | "mature";
        /** @enum {string} */
        RuleOp: "gte" | "lte" | "between" | "in" | "not_in";
        /** @enum {string} */
        Grade: "AAA" | "AA" | "A" | "BBB" | "BB" | "B" | "CCC" | "CC" | "C";
        /** @enum {string} */
        NeedStatus: "open" | "taken_up" | "closed" | "withdrawn";
        /** @enum {string} */
        RegistrationStatus: "pending" | "admitted" | "rejected";
        /** @enum {string} */
        TrainingKind: "scorecard" | "gbdt" | "both";
        /** @enum {string} */
        InvestorKind: "vc_fund" | "angel_fund" | "corporate_vc" | "guidance_fund" | "individual_angel";
        /** @enum {string} */
        InvestmentStage: "seed" | "angel" | "pre_a" | "series_a" | "series_b" | "series_c" | "pre_ipo" | "strategic";
        /** @enum {string} */
        AuditFamily: "auth" | "user" | "registration" | "invitation" | "park" | "institution" | "enterprise" | "profile" | "grant" | "import" | "connector" | "rating" | "model" | "report" | "product" | "need" | "match" | "application" | "loan" | "signal" | "calendar" | "lpr" | "notification" | "export" | "programme" | "claim" | "pool" | "fundraising" | "investor" | "rule_set" | "demo";
        AuditEvent: {
            id: string;
            at: string;
            actor: {
                /** @enum {string} */
                kind: "user" | "system" | "visitor";
                name: string;
                email: string | null;
                organisation: string | null;
            };
            action: string;
            actionLabel: string;
            family: string;
            familyLabel: string;
            targetType: string;
            targetLabel: string;
            targetId: string | null;
            parkId: string | null;
            clientAddress: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditCatalogue: {
            families: {
                code: components["schemas"]["AuditFamily"];
                label: string;
                actions: {
                    code: string;
                    label: string;
                }[];
            }[];
            targetTypes: {
                code: string;
                label: string;
            }[];
        };
        /** @enum {string} */
        CriteriaMissingReason: "no_statement" | "figure_missing" | "ratio_uncomputable" | "ratio_uncomputable_years" | "no_headcount" | "staff_missing" | "growth_needs_two_years" | "growth_base_missing" | "employee_count_missing" | "threshold_unknown" | "not_a_number";
        CriteriaMissing: {
            code: components["schemas"]["CriteriaMissingReason"];
            params: {
                [key: string]: string | number | number[];
            };
        };
        /** @enum {string} */
        CriteriaMeasure: "employees" | "revenue_yuan" | "total_assets_yuan" | "st_staff_share" | "rd_staff_share" | "rd_revenue_ratio" | "rd_cost_ratio" | "rd_revenue_ratio_3y" | "rd_domestic_share_3y" | "high_tech_revenue_share" | "class1_ip_count" | "class2_ip_count" | "core_ip_count" | "registered_years" | "industry_code" | "revenue_growth_avg" | "net_asset_growth_avg" | "open_abnormal_operations" | "valid_hnte" | "valid_rd_platform";
        /** @enum {string} */
        CriteriaUnit: "count" | "yuan" | "fraction" | "years" | "code" | "flag";
        RuleCheck: {
            id: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            role: "gate" | "shortcut" | "score";
            passed: boolean;
            /** @description the measured value, null when the data is missing */
            actual: number | string | null;
            /** @description the threshold as applied, or the full-points value of a score */
            required: (number | string[]) | null;
            /** @enum {string} */
            op?: ">=" | ">" | "<=" | "<" | "==" | "in" | "prefix_in";
            measure: components["schemas"]["CriteriaMeasure"];
            unit: components["schemas"]["CriteriaUnit"];
            missing?: components["schemas"]["CriteriaMissing"][];
            /** @description the rule set's note on the rule, in English */
            note?: string;
            points?: number;
            maxPoints?: number;
            /** @description the whole explanation in English */
            message: string;
        };
        CriteriaCheck: {
            code: string;
            version: string;
            passed: boolean;
            score?: number;
            maxScore?: number;
            /** @enum {string} */
            passedBy?: "rules" | "shortcut";
            rules: components["schemas"]["RuleCheck"][];
        };
        StarIndicator: {
            /** @enum {string} */
            id: "rd_share_of_revenue" | "rd_total" | "rd_staff_share" | "invention_patents" | "revenue_growth" | "last_revenue" | "exception_invention_patents";
            /** @enum {string} */
            group: "rd_investment" | "rd_staff" | "invention_patents" | "revenue" | "exception";
            met: boolean;
            /** @enum {string} */
            unit: "ratio" | "fen" | "count" | "assessment";
            actual: number | null;
            required: number | null;
            /** @description required − actual in the unit; 0 when met, null when unknown */
            gap: number | null;
            /** @description Whole years until met at the recent growth; 0 when met, null when it does not close at that growth */
            yearsToClose: number | null;
            /** @enum {string} */
            outlook: "met" | "closes" | "not_at_current_growth" | "no_data" | "not_projected";
            /** @enum {string} */
            missing?: "financial_years" | "staff_month" | "market_value";
        };
        StarCondition: {
            /** @enum {string} */
            kind: "market_value" | "net_profit_positive_each_year" | "net_profit_total" | "revenue_last_year" | "rd_share_of_revenue" | "operating_cash_flow_total" | "needs_assessment";
            topic?: string;
            met: boolean;
            /** @enum {string} */
            unit: "ratio" | "fen" | "count" | "assessment";
            actual: number | null;
            required: number | null;
            /** @description required − actual in the unit; 0 when met, null when unknown */
            gap: number | null;
            /** @description Whole years until met at the recent growth; 0 when met, null when it does not close at that growth */
            yearsToClose: number | null;
            /** @enum {string} */
            outlook: "met" | "closes" | "not_at_current_growth" | "no_data" | "not_projected";
            /** @enum {string} */
            missing?: "financial_years" | "staff_month" | "market_value";
        };
        StarReadiness: {
            creditCode: string;
            enterpriseName: string;
            asOf: string;
            ruleSetCode: string;
            ruleSetVersion: string;
            ruleSetName: {
                zh: string;
                en: string;
            };
            fiscalYears: number[];
            staffMonth: string | null;
            attributesMet: boolean;
            attributesMetBy: ("regular" | "exception") | null;
            groups: {
                /** @enum {string} */
                id: "rd_investment" | "rd_staff" | "invention_patents" | "revenue" | "exception";
                met: boolean;
                indicators: ("rd_share_of_revenue" | "rd_total" | "rd_staff_share" | "invention_patents" | "revenue_growth" | "last_revenue" | "exception_invention_patents")[];
            }[];
            indicators: components["schemas"]["StarIndicator"][];
            expectedMarketValueFen: number | null;
            /** @enum {string} */
            marketValueSource: "user" | "last_round" | "none";
            standards: {
                id: string;
                nameZh: string;
                nameEn: string;
                /** @enum {string} */
                status: "met" | "not_met" | "needs_assessment";
                met: boolean;
                gaps: components["schemas"]["StarCondition"][];
                alternatives: components["schemas"]["StarCondition"][][];
            }[];
            growth: {
                revenue: number | null;
                rdExpense: number | null;
                netProfit: number | null;
                operatingCashFlow: number | null;
                employees: number | null;
                rdStaff: number | null;
                inventionPatentsPerYear: number;
            };
        };
        MatchFact: {
            key: string;
            /**
             * @description flag: yes/no, a rule is gte 1 (required) or lte 0 (excluded)
             * @enum {string}
             */
            kind: "number" | "flag" | "grade" | "category" | "code";
            unit: string;
            nameZh: string;
            nameEn: string;
            scale?: string[];
            ops: components["schemas"]["RuleOp"][];
        };
        Application: {
            id: string;
            state: components["schemas"]["ApplicationState"];
            version: number;
            enterprise: {
                id: string;
                creditCode: string;
                name: string;
            };
            institution: {
                id: string;
                name: string;
            };
            product: {
                id: string;
                name: string;
                kind: components["schemas"]["ProductKind"];
                version: number;
            };
            parkCode: string;
            needId: string | null;
            grantId: string | null;
            ratingId: string | null;
            amountFen: number;
            termMonths: number | null;
            purpose: string;
            submittedAt: string | null;
            deadline: {
                on: string | null;
                status: components["schemas"]["DeadlineStatus"];
                /** @description working days left (negative: days late); null when decided or without a deadline */
                workingDaysLeft: number | null;
            };
            decidedAt: string | null;
            responseWorkingDays: number | null;
            approval: {
                amountFen: number;
                /** @enum {string} */
                lprTenor: "1y" | "5y";
                spreadBp: number;
                termMonths: number;
            } | null;
            rejection: {
                reason: string;
                label: string;
                text: string | null;
                advice: string | null;
            } | null;
            createdAt: string;
            updatedAt: string;
        };
        ApplicationDetail: {
            id: string;
            state: components["schemas"]["ApplicationState"];
            version: number;
            enterprise: {
                id: string;
                creditCode: string;
                name: string;
            };
            institution: {
                id: string;
                name: string;
            };
            product: {
                id: string;
                name: string;
                kind: components["schemas"]["ProductKind"];
                version: number;
            };
            parkCode: string;
            needId: string | null;
            grantId: string | null;
            ratingId: string | null;
            amountFen: number;
            termMonths: number | null;
            purpose: string;
            submittedAt: string | null;
            deadline: {
                on: string | null;
                status: components["schemas"]["DeadlineStatus"];
                /** @description working days left (negative: days late); null when decided or without a deadline */
                workingDaysLeft: number | null;
            };
            decidedAt: string | null;
            responseWorkingDays: number | null;
            approval: {
                amountFen: number;
                /** @enum {string} */
                lprTenor: "1y" | "5y";
                spreadBp: number;
                termMonths: number;
            } | null;
            rejection: {
                reason: string;
                label: string;
                text: string | null;
                advice: string | null;
            } | null;
            createdAt: string;
            updatedAt: string;
            rating: {
                grade: string;
                score: number;
                ratedAt: string;
            } | null;
            loan: {
                id: string;
                status: components["schemas"]["LoanStatus"];
            } | null;
            moves: {
                to: components["schemas"]["ApplicationState"];
                needs: components["schemas"]["MoveNeed"][];
            }[];
            timeline: {
                from: components["schemas"]["ApplicationState"] | null;
                to: components["schemas"]["ApplicationState"];
                version: number;
                at: string;
                actorEmail: string | null;
                reason: string | null;
                comment: string | null;
            }[];
            advice: {
                rule: string;
                actual: number | string | null;
                required: string;
                advice: string;
            }[];
        };
        /** @enum {string} */
        FundraisingRound: "angel" | "seed" | "pre_a" | "series_a" | "series_b" | "series_c" | "later" | "pre_ipo" | "strategic";
        InvestorSummary: {
            id: string;
            kind: components["schemas"]["InvestorKind"];
            organisationId: string | null;
            ownerUserId: string | null;
            name: string;
            nameEn: string | null;
            thesis: string;
            stages: components["schemas"]["InvestmentStage"][];
            industryCodes: string[];
            regionCodes: string[];
            parkIds: string[];
            ticketMinFen: number;
            ticketMaxFen: number;
            fundSizeFen: number | null;
            managerRegistrationNo: string | null;
            fundRecordCodes: string[];
            website: string | null;
            portfolioCount: number;
            updatedAt: string;
        };
        InvestorDetail: {
            id: string;
            kind: components["schemas"]["InvestorKind"];
            organisationId: string | null;
            ownerUserId: string | null;
            name: string;
            nameEn: string | null;
            thesis: string;
            stages: components["schemas"]["InvestmentStage"][];
            industryCodes: string[];
            regionCodes: string[];
            parkIds: string[];
            ticketMinFen: number;
            ticketMaxFen: number;
            fundSizeFen: number | null;
            managerRegistrationNo: string | null;
            fundRecordCodes: string[];
            website: string | null;
            portfolioCount: number;
            updatedAt: string;
            team: {
                name: string;
                title: string;
                bio: string | null;
                email: string | null;
            }[];
            portfolio: {
                enterpriseId: string | null;
                companyName: string;
                industryCode: string | null;
                round: components["schemas"]["InvestmentStage"] | null;
                investedOn: string | null;
                amountFen: number | null;
                enterpriseParkId: string | null;
                enterpriseCreditCode: string | null;
            }[];
            privateFields: boolean;
        };
        InvestorProfileInput: {
            thesis: string;
            stages: components["schemas"]["InvestmentStage"][];
            industryCodes: string[];
            regionCodes: string[];
            parkIds: string[];
            ticketMinFen: number;
            ticketMaxFen: number;
            fundSizeFen: number | null;
            managerRegistrationNo: string | null;
            fundRecordCodes: string[];
            website: string | null;
            team: {
                name: string;
                title: string;
                bio: string | null;
                email: string | null;
            }[];
            portfolio: {
                enterpriseId: string | null;
                companyName: string;
                industryCode: string | null;
                round: components["schemas"]["InvestmentStage"] | null;
                investedOn: string | null;
                amountFen: number | null;
            }[];
        };
        /** @enum {string} */
        PoolLoanStatus: "proposed" | "registered" | "declined";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
