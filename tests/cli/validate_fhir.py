#!/usr/bin/env python3
"""Validates a FHIR R4 JSON file against the official FHIR R4 JSON Schema (tests/data/fhir/fhir.schema.json.gz).

Usage: validate_fhir.py SCHEMA.json.gz FILE.json
Prints each problem with its path and exits 1 when the file is not valid, 0 when it is.
"""
import gzip
import json
import sys

import jsonschema


def main() -> int:
    schema_file, document_file = sys.argv[1], sys.argv[2]
    with gzip.open(schema_file, "rt", encoding="utf-8") as f:
        schema = json.load(f)
    with open(document_file, encoding="utf-8") as f:
        document = json.load(f)
    validator = jsonschema.Draft6Validator(schema)
    problems = 0
    # Each resource against its own definition first: a precise message rather than "not valid under any of oneOf".
    for i, entry in enumerate(document.get("entry", [])):
        resource = entry.get("resource", {})
        definition = {"$ref": "#/definitions/" + resource.get("resourceType", "Resource"),
                      "definitions": schema["definitions"]}
        for error in jsonschema.Draft6Validator(definition).iter_errors(resource):
            problems += 1
            print(f"entry[{i}].resource/{'/'.join(map(str, error.path))}: {error.message}")
    for error in validator.iter_errors(document):
        problems += 1
        print(f"/{'/'.join(map(str, error.path))}: {error.message[:300]}")
    if problems:
        print(f"{document_file}: {problems} problems against the FHIR R4 schema")
        return 1
    print(f"{document_file}: valid against the FHIR R4 schema ({len(document.get('entry', []))} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
