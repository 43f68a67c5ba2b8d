WHERE = "ns_part.nsmod"
